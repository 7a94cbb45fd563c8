package io.ledgerlint.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * What parse-service read from a document: every table cell by cell, and the narrative sections.
 *
 * @param pageCount number of pages of the PDF
 * @param title     the document's title as printed on its cover (may be null)
 * @param facts     what the document is, for which year and department, as parse-service decided it once for every
 *                  consumer; null from producers that predate it
 */
public record TablesExtracted(
        int schemaVersion,
        String documentId,
        String sha256,
        String filename,
        int pageCount,
        String title,
        List<Table> tables,
        List<Section> sections,
        List<PageText> pages,
        Instant extractedAt,
        DocumentFacts facts) {

    public static final int SCHEMA_VERSION = 1;

    /** An extraction without document facts, as producers before {@code facts} built it. */
    public TablesExtracted(int schemaVersion, String documentId, String sha256, String filename, int pageCount,
            String title, List<Table> tables, List<Section> sections, List<PageText> pages, Instant extractedAt) {
        this(schemaVersion, documentId, sha256, filename, pageCount, title, tables, sections, pages, extractedAt, null);
    }

    /** This extraction with {@code documentFacts}. */
    public TablesExtracted withFacts(DocumentFacts documentFacts) {
        return new TablesExtracted(schemaVersion, documentId, sha256, filename, pageCount, title, tables, sections,
                pages, extractedAt, documentFacts);
    }

    /**
     * What the document is.
     *
     * @param kind       {@link #FULL} for a 部门决算公开 (with its 公开表, or missing them), {@link #SELF_EVALUATION} for a
     *                   standalone 整体支出绩效自评报告 without 公开表
     * @param year       the fiscal year reported on (the cover title's, else the 第三部分 heading's, else the first
     *                   page's first year); null when the document does not say
     * @param department the first 部门 line's value of its tables; null when none names one
     */
    public record DocumentFacts(String kind, Integer year, String department) {
        public static final String FULL = "full";
        public static final String SELF_EVALUATION = "self-evaluation";
    }

    /**
     * One table. A table continued over several pages is one table.
     *
     * @param id         {@code "01"}…{@code "09"} for 公开01表…公开09表; {@code perf-overall}, {@code perf-project-N},
     *                   {@code perf-basic-data} for the 绩效 attachments; {@code other-N} otherwise
     * @param label      the printed marker, e.g. {@code 公开01表} (may be null)
     * @param department the 部门 line's value; {@code ""} when the label is printed without a name, null when no 部门
     *                   line was found
     * @param unit       {@code 万元} or {@code 元} (may be null)
     * @param headerRows header rows on the table's full column grid (a merged cell's text at its top-left position);
     *                   the 栏次 row, when the table prints one, is the last of them
     * @param rows       body rows on the same grid, below the header
     * @param notes      the 注/说明 lines printed below the grid
     * @param columns    what each grid column holds, left to right, as the producer decided it; null from producers
     *                   that predate this field
     */
    public record Table(
            String id,
            String title,
            String label,
            String department,
            String unit,
            int page,
            int pageEnd,
            List<List<Cell>> headerRows,
            List<List<Cell>> rows,
            List<Merge> merges,
            List<String> notes,
            Quality quality,
            List<Column> columns) {

        /** A table without column roles, as producers before {@code columns} built it. */
        public Table(String id, String title, String label, String department, String unit, int page, int pageEnd,
                List<List<Cell>> headerRows, List<List<Cell>> rows, List<Merge> merges, List<String> notes,
                Quality quality) {
            this(id, title, label, department, unit, page, pageEnd, headerRows, rows, merges, notes, quality, null);
        }
    }

    /**
     * What one grid column holds.
     *
     * @param index        0-based position in the grid
     * @param lanci        the column's 栏次 number (c1, c2 …), null when it has none (labels, codes, 行次, 公开06表)
     * @param lanciPrinted true when {@code lanci} was read from a printed 栏次 row, false when it was inferred (a table
     *                     whose template has a 栏次 row printed without it: its amount columns numbered left to right)
     * @param header       the header path: the header texts above the column, top to bottom, whitespace removed, the
     *                     栏次 row left out (a merged header cell counts for every column it spans); empty when the
     *                     table has no header
     */
    public record Column(int index, ColumnRole role, Integer lanci, boolean lanciPrinted, List<String> header) {
    }

    /** The meaning of a table column. */
    public enum ColumnRole {
        /** Row labels: 项目, 科目名称. */
        LABEL,
        /** 功能分类 or 经济分类 codes: 科目编码, 科目代码. */
        CODE,
        /** 行次: row numbers, never amounts. */
        ROW_NUMBER,
        /** Amounts (万元 or 元). */
        AMOUNT,
        /** Percentages, e.g. an 执行率 column. */
        PERCENT,
        /** Any other text. */
        TEXT
    }

    /**
     * One grid cell.
     *
     * @param text  the text as printed, whitespace collapsed, wrapped lines joined; {@code ""} when empty
     * @param value the parsed amount as a plain decimal string for numeric cells, null otherwise (and always null in
     *              {@link ColumnRole#ROW_NUMBER} and {@link ColumnRole#CODE} columns: 行次 and codes are no amounts)
     * @param page  1-based page the cell is on (0 when unknown)
     * @param box   {@code [x0, y0, x1, y1]} in PDF points, origin top-left of the page; null when unknown
     */
    public record Cell(String text, String value, int page, double[] box) {
        public static Cell ofText(String text) {
            return new Cell(text, null, 0, null);
        }
    }

    /** A merged cell: 0-based row/col in headerRows followed by rows. */
    public record Merge(int row, int col, int rowSpan, int colSpan) {
    }

    /**
     * How far to trust a table's extraction.
     *
     * @param glyphCoverage share of the glyphs inside the table's area that landed in a cell (0..1)
     * @param method        {@code lattice} (ruling lines) or {@code stream} (text alignment)
     * @param warnings      anything worth a reader's note, e.g. cells that did not parse as numbers
     * @param doubts        what makes the reading itself doubtful (columns whose numbers do not line up, rows that
     *                      interleave …): a table with doubts was not read reliably and its amounts are not to be
     *                      judged; empty when it was. Null from producers that predate it: then only a
     *                      {@code lattice} table counts as read reliably
     */
    public record Quality(double glyphCoverage, String method, List<String> warnings, List<String> doubts) {

        public Quality(double glyphCoverage, String method, List<String> warnings) {
            this(glyphCoverage, method, warnings, null);
        }

        /** Whether the cells were read reliably enough to judge their amounts. */
        public boolean reliable() {
            return doubts == null ? !"stream".equals(method) : doubts.isEmpty();
        }
    }

    /**
     * A narrative section.
     *
     * @param level 1 for 第X部分, 2 for the numbered 一、二、… headings inside a part
     * @param part  the heading of the enclosing 第X部分 (for level 2), else null
     */
    public record Section(String heading, int level, String part, int page, String text) {
    }

    /** The plain text of a page, in reading order. Used by document-level rules (year, template residue …). */
    public record PageText(int page, String text) {
    }
}
