package io.ledgerlint.report.it;

import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentIds;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.contracts.events.FindingsProduced.CellAddress;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Column;
import io.ledgerlint.contracts.events.TablesExtracted.ColumnRole;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Realistic pipeline events for one fresh document (random sha256, so tests never share a document). */
final class TestEvents {

    final String sha256;
    final String documentId;
    final String filename;
    final Instant receivedAt = Instant.parse("2024-05-01T10:00:00.123456Z");

    TestEvents(String filename) {
        byte[] digest = new byte[32];
        ThreadLocalRandom.current().nextBytes(digest);
        this.sha256 = HexFormat.of().formatHex(digest);
        this.documentId = DocumentIds.fromSha256(sha256);
        this.filename = filename;
    }

    DocumentReceived received() {
        return receivedAt(receivedAt);
    }

    DocumentReceived receivedAt(Instant at) {
        return new DocumentReceived(1, documentId, sha256, filename, 123_456, "application/pdf",
                "file:data/blobs/" + sha256, "inbox", at);
    }

    TablesExtracted extracted(String cellText) {
        return extracted(cellText, "北京市某某局");
    }

    TablesExtracted extracted(String cellText, String department) {
        Table table = new Table("06", "一般公共预算财政拨款基本支出决算表", "公开06表", department, "万元", 12, 12,
                List.of(cells("科目编码", "科目名称", "决算数")),
                List.of(cells("301", "工资福利支出", "177.5"), cells("302", cellText, "10.00")),
                List.of(), List.of("注：本表反映基本支出。"), new TablesExtracted.Quality(0.99, "lattice", List.of()),
                List.of(new Column(0, ColumnRole.CODE, null, false, List.of("科目编码")),
                        new Column(1, ColumnRole.LABEL, null, false, List.of("科目名称")),
                        new Column(2, ColumnRole.AMOUNT, null, false, List.of("决算数"))));
        Section section = new Section("一、收入支出决算总体情况说明", 2, "第二部分", 5, "2023年度收入支出总计387.79万元。");
        return new TablesExtracted(1, documentId, sha256, filename, 30, "北京市某某局2023年度部门决算", List.of(table),
                List.of(section), List.of(), receivedAt.plusSeconds(5));
    }

    FindingsProduced findings(String message) {
        return findingsAt(message, receivedAt.plusSeconds(10));
    }

    FindingsProduced findingsAt(String message, Instant validatedAt) {
        return new FindingsProduced(1, documentId, sha256, "2024.1", List.of(
                new Finding("T06-CLASS-SUM", "error", "high", message,
                        List.of(Location.cell("06", "301", "决算数", 12, null)
                                .addressed(new CellAddress(1, 2, null, "301"))), "177.55", "177.5", "3010101+3010102"),
                new Finding("DOC-YEAR", "warning", "medium", "年份不一致",
                        List.of(Location.text("一、收入支出决算总体情况说明", "2023年度收入支出总计", 5)), "2023", "2022",
                        null),
                new Finding("T06-UNIT", "info", "low", "单位为万元", List.of(), null, null, null)),
                validatedAt);
    }

    DocumentFailed failed(DocumentStatus status, String stage, String errorCode, String message, Instant at) {
        return new DocumentFailed(1, documentId, sha256, filename, stage, status, errorCode, message, at);
    }

    private static List<Cell> cells(String... texts) {
        return Arrays.stream(texts).map(Cell::ofText).toList();
    }
}
