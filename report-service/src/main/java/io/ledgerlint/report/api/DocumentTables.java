package io.ledgerlint.report.api;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.report.tables.CellTexts;
import java.util.List;

/** GET /api/documents/{id}/tables: the tables with cell texts, and the narrative sections. */
public record DocumentTables(String documentId, List<TableJson> tables, List<TablesExtracted.Section> sections) {

    /**
     * A table with each cell reduced to its printed text, and what each column holds as parse-service decided it
     * (null for extractions made before it did); the extra fields are allowed by the contract.
     */
    public record TableJson(String id, String title, String label, String department, String unit, int page,
            int pageEnd, List<List<String>> headerRows, List<List<String>> rows, List<String> notes,
            List<TablesExtracted.Column> columns) {

        static TableJson of(TablesExtracted.Table table) {
            return new TableJson(table.id(), table.title(), table.label(), table.department(), table.unit(),
                    table.page(), table.pageEnd(), CellTexts.of(table.headerRows()), CellTexts.of(table.rows()),
                    table.notes() == null ? List.of() : table.notes(), table.columns());
        }
    }

    static DocumentTables of(String documentId, TablesExtracted extraction) {
        List<TableJson> tables = extraction.tables() == null ? List.of()
                : extraction.tables().stream().map(TableJson::of).toList();
        return new DocumentTables(documentId, tables,
                extraction.sections() == null ? List.of() : extraction.sections());
    }
}
