package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small document for rule fixtures: narrative sections and tables written compactly. A table row is one string
 * with cells separated by {@code |}; the rows before a {@code "---"} entry are header rows.
 */
public final class DocumentFixture {

    public static final String REPORT = "第三部分 部门决算情况说明";
    public static final String SELF_EVALUATION = "第五部分 附件 2024年度部门整体支出绩效自评报告";
    private static final String HEADER_END = "---";

    private final List<TablesExtracted.Table> tables = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    private DocumentFixture() {
    }

    public static DocumentFixture document() {
        return new DocumentFixture();
    }

    /** A numbered section ({@code 一、…}) of {@code part}. */
    public DocumentFixture section(String part, String heading, String text) {
        sections.add(new Section(heading, 2, part, 5, text));
        return this;
    }

    public DocumentFixture table(String id, String title, String... rows) {
        int headerEnd = Arrays.asList(rows).indexOf(HEADER_END);
        List<String> header = headerEnd < 0 ? List.of() : Arrays.asList(rows).subList(0, headerEnd);
        List<String> body = Arrays.asList(rows).subList(headerEnd + 1, rows.length);
        tables.add(new TablesExtracted.Table(id, title, null, null, "万元", 3, 3, grid(header), grid(body), List.of(),
                List.of(), new TablesExtracted.Quality(1.0, "fixture", List.of())));
        return this;
    }

    public TablesExtracted build() {
        return new TablesExtracted(TablesExtracted.SCHEMA_VERSION, "fixture", "0", "fixture.pdf", 10, null,
                List.copyOf(tables), List.copyOf(sections), List.of(), Instant.EPOCH);
    }

    private static List<List<Cell>> grid(List<String> rows) {
        return rows.stream().map(r -> Arrays.stream(r.split("\\|", -1)).map(c -> new Cell(c, null, 3, null)).toList())
                .toList();
    }
}
