package io.ledgerlint.corpus.variants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits a copy of a source truth so that it describes what the variant prints: 栏次 row dropped, 行次 column added,
 * empty amounts printed as 0/-/0.00, 绩效 template wording, the 部门 label, an injected error, neutral edits. Every
 * edit says what it changed (for variant.json) and fails loudly when the source does not look as expected.
 */
final class TruthTransforms {

    /** Label and amount columns of one column group of a standard table, on the source grid. */
    record Group(int[] labelCols, int[] amountCols) {
    }

    /** The column groups of the nine standard tables (rules.md §5); ncols must match. */
    static final Map<String, List<Group>> STANDARD_GROUPS = Map.of(
            "01", List.of(new Group(new int[] {0}, new int[] {2}), new Group(new int[] {3}, new int[] {5})),
            "02", List.of(new Group(new int[] {0, 1}, range(2, 9))),
            "03", List.of(new Group(new int[] {0, 1}, range(2, 8))),
            "04", List.of(new Group(new int[] {0}, new int[] {2}), new Group(new int[] {3}, range(5, 9))),
            "05", List.of(new Group(new int[] {0, 1}, range(2, 5))),
            "06", List.of(new Group(new int[] {0, 1}, new int[] {2}), new Group(new int[] {3, 4}, new int[] {5}),
                    new Group(new int[] {6, 7}, new int[] {8})),
            "07", List.of(new Group(new int[] {0, 1}, range(2, 8))),
            "08", List.of(new Group(new int[] {0, 1}, range(2, 5))),
            "09", List.of(new Group(new int[] {}, range(0, 12))));

    private static final Map<String, Integer> STANDARD_NCOLS = Map.of("01", 6, "02", 9, "03", 8, "04", 9, "05", 5,
            "06", 9, "07", 8, "08", 5, "09", 12);

    /** Tables of code + name rows that get a 行次 column after 科目名称 (T01/T04 print one already). */
    private static final Set<String> HANGCI_TABLES = Set.of("02", "03", "05", "07", "08");

    private static final Pattern INDICATOR = Pattern.compile(
            "^(数量|质量|时效|成本|产出|效益|满意度|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|经济成本|社会成本|生态环境成本)"
                    + "指标((?:[（(]\\d+分[）)])?)$");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("^\\d+(\\.\\d+)?$");
    private static final Pattern DEPARTMENT_PREFIX = Pattern.compile("^\\s*部\\s*门\\s*[：:]\\s*");
    private static final Set<String> PERF_MONEY_HEADERS = Set.of("年初预算数", "全年预算数", "全年执行数");

    private final List<String> log = new ArrayList<>();

    /** What the transforms changed, one line per kind of change. */
    List<String> log() {
        return Collections.unmodifiableList(log);
    }

    static int[] range(int from, int to) {
        int[] cols = new int[to - from];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = from + i;
        }
        return cols;
    }

    static boolean standard(JsonNode table) {
        return "standard".equals(table.path("kind").asText());
    }

    static List<ObjectNode> tables(ObjectNode truth) {
        List<ObjectNode> tables = new ArrayList<>();
        truth.withArray("tables").forEach(t -> tables.add((ObjectNode) t));
        return tables;
    }

    /** The 绩效 tables (ids perf-…), which the 绩效 template variations rewrite. */
    private static List<ObjectNode> perfTables(ObjectNode truth) {
        return tables(truth).stream().filter(t -> !standard(t) && t.path("id").asText().startsWith("perf-")).toList();
    }

    static ObjectNode table(ObjectNode truth, String id) {
        return tables(truth).stream().filter(t -> t.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }

    /** Applies the layout transforms in a fixed order: 部门 label, 栏次, empty amounts (source grid), 行次, 绩效. */
    void apply(ObjectNode truth, VariantSpec.Transforms transforms) {
        if (transforms.departmentLabel() != null) {
            departmentLabel(truth, transforms.departmentLabel());
        }
        if (transforms.dropLanci()) {
            dropLanci(truth);
        }
        if (transforms.emptyAmount() != null) {
            fillEmptyAmounts(truth, transforms.emptyAmount());
        }
        if (transforms.addHangci()) {
            addHangci(truth);
        }
        if (transforms.perfUnitInCell()) {
            perfUnitInCell(truth);
        }
        if (transforms.perfShortIndicatorNames()) {
            perfShortIndicatorNames(truth);
        }
    }

    /** Prints the 部门 caption as {@code label} + name ("编制部门：…", "填报单位：…", "单位：…"). */
    void departmentLabel(ObjectNode truth, String label) {
        int changed = 0;
        for (ObjectNode table : tables(truth)) {
            if (!standard(table)) {
                continue;
            }
            String department = table.path("department").asText("");
            Matcher matcher = DEPARTMENT_PREFIX.matcher(department);
            if (!matcher.find()) {
                continue; // printed without a label (the name alone): left as it is
            }
            String relabelled = label + department.substring(matcher.end());
            table.put("department", relabelled);
            table.set("department_lines", table.arrayNode().add(relabelled));
            changed++;
        }
        log.add("部门 caption label 部门： → " + label + " in " + changed + " tables");
    }

    /** Drops the 栏次 row (the row of column numbers) from every standard table that prints one. */
    void dropLanci(ObjectNode truth) {
        List<String> dropped = new ArrayList<>();
        for (ObjectNode table : tables(truth)) {
            if (!standard(table)) {
                continue;
            }
            TableGrid grid = TableGrid.of(table);
            int lanci = lanciRow(grid);
            if (lanci < 0) {
                continue;
            }
            grid.removeHeaderRow(lanci);
            grid.checkShape();
            grid.writeTo(table);
            dropped.add(table.path("id").asText());
        }
        log.add("栏次 row removed from tables " + dropped);
    }

    /** The header row holding 栏次, or the row of column numbers 1, 2, 3… (T09 prints it without the word). */
    static int lanciRow(TableGrid grid) {
        for (int r = 0; r < grid.header.size(); r++) {
            List<String> row = grid.header.get(r);
            if (row.stream().anyMatch(cell -> Text.compact(cell).equals("栏次"))) {
                return r;
            }
            int expected = 1;
            boolean numbers = true;
            for (String cell : row) {
                String text = Text.compact(cell);
                if (text.isEmpty()) {
                    continue;
                }
                if (!text.equals(Integer.toString(expected))) {
                    numbers = false;
                    break;
                }
                expected++;
            }
            if (numbers && expected > 3) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Prints {@code text} in every empty amount cell of a standard table whose row names something in the column
     * group (a label or code); blank filler rows stay blank, and so do rows printed with 无.
     */
    void fillEmptyAmounts(ObjectNode truth, String text) {
        int filled = 0;
        for (ObjectNode table : tables(truth)) {
            if (!standard(table)) {
                continue;
            }
            String id = table.path("id").asText();
            TableGrid grid = TableGrid.of(table);
            if (grid.ncols != STANDARD_NCOLS.get(id)) {
                throw new IllegalStateException("table " + id + ": " + grid.ncols + " columns, the standard layout has "
                        + STANDARD_NCOLS.get(id) + "; cannot tell amount columns");
            }
            for (int b = 0; b < grid.body.size(); b++) {
                List<String> row = grid.body.get(b);
                if (row.stream().anyMatch(cell -> Text.compact(cell).equals("无"))) {
                    continue;
                }
                int gridRow = grid.header.size() + b;
                for (Group group : STANDARD_GROUPS.get(id)) {
                    boolean named = group.labelCols().length == 0;
                    for (int c : group.labelCols()) {
                        named |= !Text.blank(row.get(c));
                    }
                    if (!named) {
                        continue;
                    }
                    for (int c : group.amountCols()) {
                        if (Text.blank(row.get(c)) && !grid.covered(gridRow, c)) {
                            row.set(c, text);
                            filled++;
                        }
                    }
                }
            }
            grid.writeTo(table);
        }
        log.add("empty amount cells printed as \"" + text + "\": " + filled + " cells");
    }

    /** Adds a 行次 column (1, 2, 3… over the body rows) after 科目名称 in T02, T03, T05, T07 and T08. */
    void addHangci(ObjectNode truth) {
        List<String> tables = new ArrayList<>();
        for (ObjectNode table : tables(truth)) {
            String id = table.path("id").asText();
            if (!standard(table) || !HANGCI_TABLES.contains(id)) {
                continue;
            }
            TableGrid grid = TableGrid.of(table);
            int lanci = lanciRow(grid);
            int labelRows = lanci < 0 ? grid.header.size() : lanci;
            List<String> headerTexts = new ArrayList<>();
            for (int r = 0; r < grid.header.size(); r++) {
                headerTexts.add(r == 0 ? "行次" : "");
            }
            List<String> numbers = new ArrayList<>();
            for (int b = 0; b < grid.body.size(); b++) {
                numbers.add(Integer.toString(b + 1));
            }
            grid.insertColumn(2, headerTexts, labelRows, numbers);
            grid.checkShape();
            grid.writeTo(table);
            tables.add(id);
        }
        log.add("行次 column (header 行次, rows numbered from 1) inserted after 科目名称 in tables " + tables);
    }

    /** 绩效自评表: 万元 printed inside the 年初预算数/全年预算数/全年执行数 cells of the funds block. */
    void perfUnitInCell(ObjectNode truth) {
        int changed = 0;
        for (ObjectNode table : perfTables(truth)) {
            TableGrid grid = TableGrid.of(table);
            for (int r = 0; r < grid.rowCount(); r++) {
                List<Integer> moneyCols = new ArrayList<>();
                List<String> row = grid.row(r);
                for (int c = 0; c < row.size(); c++) {
                    if (PERF_MONEY_HEADERS.contains(Text.compact(row.get(c)))) {
                        moneyCols.add(c);
                    }
                }
                if (moneyCols.size() < 2) {
                    continue;
                }
                for (int below = r + 1; below < grid.rowCount(); below++) {
                    List<String> cells = grid.row(below);
                    if (cells.stream().anyMatch(cell -> Text.compact(cell).contains("年度总体目标"))) {
                        break;
                    }
                    for (int c : moneyCols) {
                        String cell = cells.get(c);
                        if (PLAIN_NUMBER.matcher(cell.strip()).matches()) {
                            cells.set(c, cell.strip() + "万元");
                            changed++;
                        }
                    }
                }
                break;
            }
            grid.writeTo(table);
        }
        log.add("绩效自评表 funds cells printed with the unit (\"120万元\"): " + changed + " cells");
    }

    /** 绩效自评表: 一级/二级指标 named without the 指标 suffix (数量指标 → 数量, 效益指标（20分）→ 效益（20分）). */
    void perfShortIndicatorNames(ObjectNode truth) {
        int changed = 0;
        for (ObjectNode table : perfTables(truth)) {
            TableGrid grid = TableGrid.of(table);
            for (int r = 0; r < grid.rowCount(); r++) {
                List<String> row = grid.row(r);
                for (int c = 0; c < row.size(); c++) {
                    String shorter = withoutIndicatorSuffix(row.get(c));
                    if (shorter != null) {
                        row.set(c, shorter);
                        changed++;
                    }
                }
            }
            grid.writeTo(table);
        }
        log.add("绩效自评表 indicator names without 指标 (数量指标 → 数量, 满意度指标 → 满意度): " + changed + " cells");
    }

    /** The cell text with the 指标 of a known indicator name removed (spacing kept), or null. */
    static String withoutIndicatorSuffix(String cell) {
        if (!INDICATOR.matcher(Text.compact(cell)).matches()) {
            return null;
        }
        // remove the 指 and 标 of the compact text's first 指标, wherever the printed text has spaces between them
        int target = Text.compact(cell).indexOf("指标");
        StringBuilder out = new StringBuilder();
        int compactIndex = 0;
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (Text.blank(String.valueOf(ch))) {
                out.append(ch);
                continue;
            }
            if (compactIndex != target && compactIndex != target + 1) {
                out.append(ch);
            }
            compactIndex++;
        }
        return out.toString();
    }

    /** Applies an error twin's change; the cell must hold the expected text. */
    String inject(ObjectNode truth, VariantSpec.Injection injection) {
        ObjectNode table = table(truth, injection.table());
        TableGrid grid = TableGrid.of(table);
        List<String> target = null;
        for (List<String> row : grid.body) {
            if (Text.compact(row.get(injection.matchCol())).equals(Text.compact(injection.match()))) {
                if (target != null) {
                    throw new IllegalStateException("table " + injection.table() + ": two rows match " + injection);
                }
                target = row;
            }
        }
        if (target == null) {
            throw new IllegalStateException("table " + injection.table() + ": no row matches " + injection);
        }
        if (!target.get(injection.col()).equals(injection.from())) {
            throw new IllegalStateException("table " + injection.table() + ": cell holds '"
                    + target.get(injection.col()) + "', not '" + injection.from() + "'");
        }
        target.set(injection.col(), injection.to());
        grid.writeTo(table);
        return "table " + injection.table() + " row '" + injection.match() + "' col " + injection.col() + ": '"
                + injection.from() + "' → '" + injection.to() + "'";
    }

    /** Applies a neutral rewording inside one section or subsection text; {@code from} must occur once. */
    void rewrite(ObjectNode truth, VariantSpec.TextEdit edit) {
        List<ObjectNode> holders = new ArrayList<>();
        for (JsonNode section : truth.withArray("sections")) {
            List<JsonNode> candidates = new ArrayList<>();
            candidates.add(section);
            section.path("subsections").forEach(candidates::add);
            for (JsonNode candidate : candidates) {
                if (Text.compact(candidate.path("heading").asText()).equals(Text.compact(edit.section()))
                        && candidate.path("text").asText().contains(edit.from())) {
                    holders.add((ObjectNode) candidate);
                }
            }
        }
        if (holders.size() != 1) {
            throw new IllegalStateException("section " + edit.section() + " holding '" + edit.from() + "': found "
                    + holders.size());
        }
        ObjectNode holder = holders.get(0);
        String text = holder.path("text").asText();
        int at = text.indexOf(edit.from());
        if (at < 0 || text.indexOf(edit.from(), at + 1) >= 0) {
            throw new IllegalStateException("section " + edit.section() + ": '" + edit.from()
                    + "' does not occur once");
        }
        holder.put("text", text.substring(0, at) + edit.to() + text.substring(at + edit.from().length()));
        log.add("section " + edit.section() + ": '" + edit.from() + "' → '" + edit.to() + "'");
    }

    /** Swaps two body rows of a table from a column on (rows whose order the template leaves free). */
    void swapRows(ObjectNode truth, VariantSpec.RowSwap swap) {
        ObjectNode table = table(truth, swap.table());
        TableGrid grid = TableGrid.of(table);
        for (int c = 0; c < swap.fromCol(); c++) {
            if (!Text.blank(grid.body.get(swap.rowB()).get(c))) {
                throw new IllegalStateException("table " + swap.table() + " row " + swap.rowB() + " col " + c
                        + " is not blank: the rows are not in one group");
            }
        }
        grid.swapBodyCells(swap.rowA(), swap.rowB(), swap.fromCol());
        grid.writeTo(table);
        log.add("table " + swap.table() + ": body rows " + swap.rowA() + " and " + swap.rowB() + " swapped from col "
                + swap.fromCol() + " (" + swap.why() + ")");
    }

    /** Sanity check of a finished truth: every table's rows are ncols wide and its merges fit. */
    static void checkShapes(ObjectNode truth) {
        for (ObjectNode table : tables(truth)) {
            TableGrid.of(table).checkShape();
        }
    }
}
