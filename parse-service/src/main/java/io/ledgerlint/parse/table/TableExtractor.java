package io.ledgerlint.parse.table;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Column;
import io.ledgerlint.contracts.events.TablesExtracted.ColumnRole;
import io.ledgerlint.contracts.events.TablesExtracted.Merge;
import io.ledgerlint.contracts.events.TablesExtracted.Quality;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.domain.table.Amounts;
import io.ledgerlint.domain.table.HeaderRows;
import io.ledgerlint.domain.table.TableKinds;
import io.ledgerlint.domain.table.TableLayout;
import io.ledgerlint.domain.text.Whitespace;
import io.ledgerlint.parse.budget.Checkpoint;
import io.ledgerlint.parse.geometry.ContentCollector;
import io.ledgerlint.parse.geometry.PageGeometry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Extracts every ruled table of a document: grids rebuilt from the ruling lines of each page, cells filled by glyph
 * centre, a table continued on the next page joined into one (its repeated header dropped), each table identified
 * from its caption (公开0x表 label or title), header rows told from body rows, and its columns classified
 * ({@link TableLayout}: label, code, 行次, amount …, with their 栏次) so that consumers need not guess them.
 */
public final class TableExtractor {

    /**
     * The 部门 line as templates print it: 部门：, 编制部门：, 填报单位：, 编制单位： or a bare 单位： (whose value is
     * then no unit of money), up to the 单位：万元 beside it.
     */
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:(?:编制|填报)?部门|(?:编制|填报)单位|单位(?![:：]\\s*(?:万元|元)))(?:名称)?[:：](.*?)(单位[:：]\\s*(?:万元|元).*)?$");
    private static final Pattern UNIT = Pattern.compile("单位[:：]\\s*(万元|元)");
    private static final double SAME_RULE = 3;
    /** A table ending below this share of the page height may continue on the next page. */
    private static final double NEAR_BOTTOM = 0.6;
    /** At most this many caption lines above a grid that continues the previous page's table (running headers). */
    private static final int MAX_CONTINUATION_CAPTION = 2;

    private final PageTableReader pageTables = new PageTableReader();

    /** Every table of the document: ruled grids rebuilt from geometry, identified, continuations merged. */
    public List<Table> extract(PDDocument document) throws IOException {
        return extract(new ContentCollector().collect(document));
    }

    /** Every table of the document's pages: ruled grids rebuilt from geometry, identified, continuations merged. */
    public List<Table> extract(List<PageGeometry> pages) {
        return extract(pages, Checkpoint.NONE);
    }

    /** As {@link #extract(List)}, passing {@code perPage} after each page. */
    public List<Table> extract(List<PageGeometry> pages, Checkpoint perPage) {
        List<List<PageTable>> tables = new ArrayList<>();
        PageTable previous = null;
        double previousPageHeight = 0;
        for (PageGeometry page : pages) {
            List<PageTable> found = pageTables.read(page, mayContinue(previous, previousPageHeight));
            for (int i = 0; i < found.size(); i++) {
                PageTable part = found.get(i);
                if (i == 0 && previous != null && continues(previous, previousPageHeight, part)) {
                    tables.get(tables.size() - 1).add(part);
                } else {
                    tables.add(new ArrayList<>(List.of(part)));
                }
                previous = part;
            }
            if (found.isEmpty()) {
                previous = null;
            }
            previousPageHeight = page.height();
            perPage.reached();
        }
        List<Table> result = new ArrayList<>();
        int projects = 0;
        int others = 0;
        for (List<PageTable> parts : tables) {
            Caption caption = Caption.of(parts.get(0));
            String id;
            if (caption.standardId().isPresent()) {
                id = caption.standardId().get();
            } else if (caption.attachment().isPresent()) {
                id = caption.attachment().get().equals("perf-project") ? "perf-project-" + (++projects)
                        : caption.attachment().get();
            } else {
                id = "other-" + (++others);
            }
            result.add(assemble(id, caption, parts));
        }
        return result;
    }

    /** The columns of a table read from its text that ends low on its page with no notes: it may go on overleaf. */
    private static double[] mayContinue(PageTable previous, double previousPageHeight) {
        return previous != null && previous.grid().method().equals(Grid.STREAM) && previous.notes().isEmpty()
                && previous.grid().bottom() >= previousPageHeight * NEAR_BOTTOM ? previous.grid().xs() : null;
    }

    /** Whether {@code next}, the first grid on its page, carries on {@code previous} from the page before. */
    private static boolean continues(PageTable previous, double previousPageHeight, PageTable next) {
        Caption caption = Caption.of(next);
        return next.page() == previous.page() + 1
                && previous.grid().bottom() >= previousPageHeight * NEAR_BOTTOM
                && caption.standardId().isEmpty() && caption.attachment().isEmpty()
                && next.caption().size() <= MAX_CONTINUATION_CAPTION
                && sameColumns(previous.grid(), next.grid());
    }

    /**
     * Whether two grids have the same columns: ruled ones to within {@link #SAME_RULE} points; ones read from their
     * text, whose boundaries are estimated in the gaps between words, as many columns with each boundary of one
     * between the neighbours of the same boundary of the other.
     */
    private static boolean sameColumns(Grid a, Grid b) {
        boolean stream = a.method().equals(Grid.STREAM) || b.method().equals(Grid.STREAM);
        if (a.columnCount() != b.columnCount()) {
            return !stream && Math.abs(a.left() - b.left()) < SAME_RULE && Math.abs(a.right() - b.right()) < SAME_RULE;
        }
        for (int i = 0; i < a.xs().length; i++) {
            boolean same = stream ? i == 0 || i == a.xs().length - 1
                    || between(a.xs()[i], b.xs(), i) && between(b.xs()[i], a.xs(), i)
                    : Math.abs(a.xs()[i] - b.xs()[i]) <= SAME_RULE;
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static boolean between(double x, double[] xs, int i) {
        return x > (xs[i - 1] + xs[i]) / 2 && x < (xs[i] + xs[i + 1]) / 2;
    }

    private static Table assemble(String id, Caption caption, List<PageTable> parts) {
        PageTable first = parts.get(0);
        int headerRows = TableKinds.isStandard(id) ? HeaderRows.count(first.rows()) : 0;
        List<List<Cell>> rows = new ArrayList<>();
        List<Merge> merges = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int glyphs = 0;
        int placed = 0;
        int pageEnd = first.page();
        for (PageTable part : parts) {
            int skip = rows.isEmpty() ? 0 : repeatedHeader(rows.subList(0, headerRows), part.rows());
            if (!rows.isEmpty() && skip == 0 && part.grid().method().equals(Grid.STREAM) && !part.rows().isEmpty()
                    && SplitRows.continues(rows.get(rows.size() - 1), part.rows().get(0))) {
                rows.set(rows.size() - 1, SplitRows.join(rows.get(rows.size() - 1), part.rows().get(0)));
                warnings.add("a row split by the page break before page %d joined".formatted(part.page()));
                skip = 1;
            }
            int offset = rows.size() - skip;
            rows.addAll(part.rows().subList(skip, part.rows().size()));
            for (Merge merge : part.merges()) {
                if (merge.row() >= skip) {
                    merges.add(new Merge(merge.row() + offset, merge.col(), merge.rowSpan(), merge.colSpan()));
                }
            }
            if (skip < part.rows().size()) {
                pageEnd = part.page();
            }
            glyphs += part.glyphs();
            placed += part.placed();
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        for (List<Cell> row : rows) {
            while (row.size() < width) {
                row.add(Cell.ofText(""));
            }
            for (Cell cell : row) {
                if (Amounts.isMalformedNumber(cell.text())) {
                    warnings.add("cell does not parse as a number: \"" + cell.text() + "\" on page " + cell.page());
                }
            }
        }
        List<String> doubts = new ArrayList<>();
        for (PageTable part : parts) {
            part.grid().doubts().forEach(doubt -> doubts.add("page %d: %s".formatted(part.page(), doubt)));
            if (part.grid().irregularCells() > 0) {
                warnings.add("irregular grid on page %d: %d merged cells are not rectangles (a rule missing in part)"
                        .formatted(part.page(), part.grid().irregularCells()));
            }
        }
        if (parts.stream().map(p -> p.grid().columnCount()).distinct().count() > 1) {
            warnings.add("the parts of this table on different pages have different column counts");
        }
        TableLayout layout = TableLayout.classify(id, rows, headerRows, merges);
        if (layout.lanciInferred()) {
            warnings.add(TableLayout.LANCI_INFERRED);
        }
        double coverage = glyphs == 0 ? 1 : (double) placed / glyphs;
        String method = parts.stream().anyMatch(p -> p.grid().method().equals(Grid.STREAM)) ? Grid.STREAM
                : Grid.LATTICE;
        int bodyStart = layout.bodyStart();
        if (method.equals(Grid.STREAM)) {
            doubts.addAll(ColumnContents.contradictions(rows.subList(bodyStart, rows.size()), layout.columns()));
            if (!TableKinds.isStandard(id)) {
                doubts.add("a form (" + id + ") read from text alignment: its cells follow no single column layout");
            }
        }
        dropValuesOfNonAmounts(rows, layout.columns());
        return new Table(id, caption.title(), caption.label(), caption.department(), caption.unit(), first.page(),
                pageEnd, List.copyOf(rows.subList(0, bodyStart)), List.copyOf(rows.subList(bodyStart, rows.size())),
                merges, parts.get(parts.size() - 1).notes(), new Quality(coverage, method, warnings, doubts), layout.columns());
    }

    /** 行次 and codes are printed numbers but no amounts: their cells carry no value. */
    private static void dropValuesOfNonAmounts(List<List<Cell>> rows, List<Column> columns) {
        for (Column column : columns) {
            if (column.role() == ColumnRole.ROW_NUMBER || column.role() == ColumnRole.CODE) {
                for (List<Cell> row : rows) {
                    Cell cell = row.get(column.index());
                    row.set(column.index(), new Cell(cell.text(), null, cell.page(), cell.box()));
                }
            }
        }
    }

    /** How many leading rows of a continuation repeat the table's header rows (printed again on each page). */
    private static int repeatedHeader(List<List<Cell>> header, List<List<Cell>> continuation) {
        int n = 0;
        while (n < continuation.size() && n < header.size()
                && compact(continuation.get(n)).equals(compact(header.get(n)))) {
            n++;
        }
        return n;
    }

    private static List<String> compact(List<Cell> row) {
        return row.stream().map(cell -> Whitespace.removed(cell.text())).toList();
    }

    /** What the caption lines above a table say about it. */
    private record Caption(Optional<String> standardId, Optional<String> attachment, String title, String label,
            String department, String unit) {

        static Caption of(PageTable table) {
            Optional<String> fromLabel = Optional.empty();
            Optional<String> fromTitle = Optional.empty();
            Optional<String> attachment = Optional.empty();
            String title = null;
            String label = null;
            String department = null;
            String unit = null;
            List<String> lines = new ArrayList<>(table.caption());
            // Attachment tables often print their title in the first, merged row of the grid.
            table.rows().stream().findFirst().ifPresent(row -> lines.add(
                    row.stream().map(Cell::text).reduce("", String::concat)));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String compact = Whitespace.removed(line);
                Optional<String> labelled = TableKinds.fromLabel(compact);
                if (labelled.isPresent() && fromLabel.isEmpty()) {
                    fromLabel = labelled;
                    label = TableKinds.labelIn(compact).orElseThrow();
                }
                Optional<String> titled = TableKinds.fromStandardTitle(compact);
                if (titled.isPresent() && fromTitle.isEmpty()) {
                    fromTitle = titled;
                    title = line.strip();
                } else if (fromTitle.isEmpty() && i + 1 < lines.size()
                        && TableKinds.fromStandardTitle(Whitespace.removed(lines.get(i + 1))).isEmpty()) {
                    // a long title wrapped onto a second line ("…支出决算" / "表")
                    String wrapped = TextLines.joinWrapped(line.strip(), lines.get(i + 1).strip());
                    fromTitle = TableKinds.fromStandardTitle(Whitespace.removed(wrapped));
                    title = fromTitle.isPresent() ? wrapped : title;
                }
                Optional<String> attached = TableKinds.fromAttachmentTitle(compact);
                if (attached.isPresent() && attachment.isEmpty()) {
                    attachment = attached;
                    title = title == null ? line.strip() : title;
                }
                Matcher unitMatch = UNIT.matcher(compact);
                if (unitMatch.find()) {
                    unit = unitMatch.group(1);
                }
                Matcher departmentMatch = DEPARTMENT.matcher(compact);
                if (departmentMatch.find()) {
                    department = departmentMatch.group(1);
                } else if (department == null && unitMatch.find(0) && unitMatch.start() > 0) {
                    // "某某局 单位：万元" without the 部门 label
                    department = compact.substring(0, unitMatch.start());
                }
            }
            Optional<String> standard = fromLabel.isPresent() ? fromLabel : fromTitle;
            return new Caption(standard, standard.isPresent() ? Optional.empty() : attachment, title, label,
                    department, unit);
        }
    }
}
