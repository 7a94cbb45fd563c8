package io.ledgerlint.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.contracts.events.DocumentIds;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.contracts.events.FindingsProduced.CellAddress;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.domain.blob.LocalFolderBlobStore;
import io.ledgerlint.testsupport.CorpusDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Corpus document doc-000 as the pipeline would announce it: the PDF in the blob store, its tables and sections from
 * truth.json (which has no boxes: the cells findings name get the boxes where their text is printed), and findings
 * of its known errors.
 */
final class CorpusDocument {

    static final Path FOLDER = CorpusDocuments.folder("doc-000");
    static final String NARRATIVE_SECTION = "五、一般公共预算财政拨款支出决算情况说明";
    static final String NARRATIVE_SENTENCE = "完成年初预算的102.39%";
    static final int CLASS_SUM_PAGE = 12;
    static final int NARRATIVE_PAGE = 18;

    final Path pdf = FOLDER.resolve("document.pdf");
    final String sha256;
    final String documentId;
    final double[] classSumBox;
    private final Instant receivedAt = Instant.now();

    CorpusDocument() throws IOException {
        sha256 = sha256(pdf);
        documentId = DocumentIds.fromSha256(sha256);
        classSumBox = PrintedText.boxOf(pdf, CLASS_SUM_PAGE, "177.5");
    }

    DocumentReceived received(Path blobRoot) throws IOException {
        String blobUri = new LocalFolderBlobStore(blobRoot).put(sha256, pdf).toString();
        return new DocumentReceived(1, documentId, sha256, "株洲高新区企业服务局2024年度部门决算.pdf", Files.size(pdf),
                "application/pdf", blobUri, "upload", receivedAt);
    }

    TablesExtracted extracted(ObjectMapper json) throws IOException {
        JsonNode truth = json.readTree(FOLDER.resolve("truth.json").toFile());
        Map<String, double[]> boxes = Map.of("06/301/177.5", classSumBox);
        List<Table> tables = new ArrayList<>();
        for (JsonNode table : truth.get("tables")) {
            String id = table.get("id").asText();
            int page = table.get("page").asInt();
            List<List<Cell>> rows = new ArrayList<>();
            for (JsonNode row : table.get("rows")) {
                List<Cell> cells = new ArrayList<>();
                for (JsonNode cell : row) {
                    double[] box = boxes.get(id + "/" + row.get(0).asText() + "/" + cell.asText());
                    cells.add(new Cell(cell.asText(), null, page, box));
                }
                rows.add(cells);
            }
            tables.add(new Table(id, table.get("title").asText(), table.path("label").asText(null),
                    departmentOf(table), table.path("unit").asText(null), page,
                    table.path("page_end").asInt(page), texts(table.get("header_rows")), rows, List.of(),
                    List.of(), new TablesExtracted.Quality(1, "lattice", List.of())));
        }
        List<Section> sections = new ArrayList<>();
        for (JsonNode part : truth.get("sections")) {
            sections.add(new Section(part.get("heading").asText(), 1, null, 0, part.get("text").asText()));
            for (JsonNode numbered : part.get("subsections")) {
                sections.add(new Section(numbered.get("heading").asText(), 2, part.get("heading").asText(), 0,
                        numbered.get("text").asText()));
            }
        }
        StringBuilder title = new StringBuilder();
        truth.get("cover").forEach(line -> title.append(line.asText()));
        return new TablesExtracted(1, documentId, sha256, null, truth.get("pdf_pages").asInt(), title.toString(), tables,
                sections, List.of(), receivedAt.plusSeconds(5));
    }

    FindingsProduced findings() throws IOException {
        double[] sentenceBox = PrintedText.boxOf(pdf, NARRATIVE_PAGE, "102.39%");
        JsonNode table06 = table(new ObjectMapper().readTree(FOLDER.resolve("truth.json").toFile()), "06");
        return new FindingsProduced(1, documentId, sha256, "browser-test", List.of(
                new Finding("T06-CLASS-SUM", "error", "high", "类级科目“301 工资福利支出”与其款级科目之和不符",
                        List.of(Location.cell("06", "301", "决算数", CLASS_SUM_PAGE, null)
                                .addressed(addressOf(table06, "301", 2))), "177.55", "177.5",
                        "30101+30102+30103+30108+30110+30111+30112+30113"),
                new Finding("T06-PUBLIC-TOTAL", "error", "high", "公用经费合计与明细之和不符",
                        List.of(Location.cell("06", "公用经费合计", "决算数", 13, null)
                                .addressed(addressOf(table06, "公用经费合计", 8))), "40.95", "40.9",
                        "302+307+310+399"),
                new Finding("NAR-PCT-BUDGET", "error", "high", "完成年初预算的百分比与预算数、决算数不符",
                        List.of(new Location(null, NARRATIVE_SECTION, null, null, NARRATIVE_SENTENCE,
                                NARRATIVE_PAGE, sentenceBox)), "115.45%", "102.39%", "17.86/15.47*100"),
                new Finding("DOC-UNIT-NAME", "info", "low", "封面单位名称与表头部门名称写法不同",
                        List.of(Location.cell("09", null, null, 16, null)), null, null, null)),
                receivedAt.plusSeconds(10));
    }

    private static JsonNode table(JsonNode truth, String id) {
        for (JsonNode table : truth.get("tables")) {
            if (table.get("id").asText().equals(id)) {
                return table;
            }
        }
        throw new IllegalStateException("no table " + id + " in truth.json");
    }

    /** The grid address (header rows, then body rows) of {@code column} in the body row holding {@code key}. */
    private static CellAddress addressOf(JsonNode table, String key, int column) {
        JsonNode rows = table.get("rows");
        for (int row = 0; row < rows.size(); row++) {
            for (JsonNode cell : rows.get(row)) {
                if (cell.asText().equals(key)) {
                    return new CellAddress(table.get("header_rows").size() + row, column, null, null);
                }
            }
        }
        throw new IllegalStateException("no row " + key + " in table " + table.get("id"));
    }

    /** The 部门 line's value, as parse-service reports it (truth.json keeps the whole printed line). */
    private static String departmentOf(JsonNode table) {
        String line = table.path("department").asText(null);
        return line == null ? null : line.replaceFirst("^部门[：:]\\s*", "");
    }

    private static List<List<Cell>> texts(JsonNode rows) {
        List<List<Cell>> cells = new ArrayList<>();
        rows.forEach(row -> {
            List<Cell> line = new ArrayList<>();
            row.forEach(cell -> line.add(Cell.ofText(cell.asText())));
            cells.add(line);
        });
        return cells;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
