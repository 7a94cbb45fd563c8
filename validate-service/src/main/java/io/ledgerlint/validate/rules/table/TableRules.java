package io.ledgerlint.validate.rules.table;

import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.RuleProvider;
import java.util.List;
import java.util.Set;

/** The single-table rules T01–T09 (rules.md §6.3), each an identity of the table's own headings. */
public final class TableRules implements RuleProvider {

    private static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");

    @Override
    public String family() {
        return "T";
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                onTable("T01-SUM-INCOME", "01", new BlockSubtotal("本年收入合计", 1)),
                onTable("T01-SUM-EXPENSE", "01", new BlockSubtotal("本年支出合计", 2)),
                onTable("T01-TOTAL-IN", "01",
                        new LabelledSum("总计", List.of("本年收入合计", "使用非财政拨款结余", "年初结转和结余"), 1)),
                onTable("T01-TOTAL-OUT", "01",
                        new LabelledSum("总计", List.of("本年支出合计", "结余分配", "年末结转和结余"), 2)),
                onTable("T01-BALANCE", "01", new SidesBalance("总计", 1, 2)),

                onTable("T02-ROW-SUM", "02", RowSums.of(1, 2, 3, 4, 5, 6, 7)),
                onTable("T02-COL-SUM", "02", new LeafColumnSums()),
                onTable("T02-HIER", "02", new HierarchySums()),

                onTable("T03-ROW-SUM", "03", RowSums.of(1, 2, 3, 4, 5, 6)),
                onTable("T03-COL-SUM", "03", new LeafColumnSums()),
                onTable("T03-HIER", "03", new HierarchySums()),

                onTable("T04-SUM-INCOME", "04", new BlockSubtotal("本年收入合计", 1)),
                onTable("T04-CARRY-IN", "04", new RowsBetween("年初财政拨款结转和结余", "总计", 1)),
                onTable("T04-ROW-SUM", "04", RowSums.of(2, 3, 4, 5)),
                onTable("T04-SUM-EXPENSE", "04", new BlockSubtotal("本年支出合计", 2, 3, 4, 5)),
                onTable("T04-TOTAL-IN", "04",
                        new LabelledSum("总计", List.of("本年收入合计", "年初财政拨款结转和结余"), 1)),
                onTable("T04-TOTAL-OUT", "04",
                        new LabelledSum("总计", List.of("本年支出合计", "年末财政拨款结转和结余"), 2, 3, 4, 5)),
                onTable("T04-BALANCE", "04", new SidesBalance("总计", 1, 2)),

                onTable("T05-ROW-SUM", "05", RowSums.of(1, 2, 3)),
                onTable("T05-COL-SUM", "05", new LeafColumnSums()),
                onTable("T05-HIER", "05", new HierarchySums()),
                onTable("T05-NONEMPTY", "05", new GeneralBudgetNonEmpty()),

                onTable("T06-CLASS-SUM", "06", new EconomicClassSums()),
                onTable("T06-PERSONNEL-TOTAL", "06", new FooterTotal("人员经费合计", PERSONNEL_CLASSES::contains)),
                onTable("T06-PUBLIC-TOTAL", "06",
                        new FooterTotal("公用经费合计", code -> !PERSONNEL_CLASSES.contains(code))),

                onTable("T07-ROW-SUM", "07", RowSums.of(3, 4, 5), new LeafColumnSums()),
                onTable("T07-BALANCE", "07",
                        new RowSums(6, Column.plus(1), Column.plus(2), Column.minus(3))),
                onTable("T07-EMPTY-NOTE", "07", new EmptyTableNote()),

                onTable("T08-ROW-SUM", "08", RowSums.of(1, 2, 3), new LeafColumnSums()),
                onTable("T08-EMPTY-NOTE", "08", new EmptyTableNote()),

                onTable("T09-BUD-TOTAL", "09", RowSums.of(1, 2, 3, 6)),
                onTable("T09-BUD-SUBTOTAL", "09", RowSums.of(3, 4, 5)),
                onTable("T09-ACT-TOTAL", "09", RowSums.of(7, 8, 9, 12)),
                onTable("T09-ACT-SUBTOTAL", "09", RowSums.of(9, 10, 11)));
    }

    /**
     * A single-table rule (rules.md §6.3): runs its checks when the table was extracted; a missing table is DOC's job.
     */
    private static Rule onTable(String id, String tableId, TableCheck... checks) {
        List<TableCheck> all = List.of(checks);
        return new Rule(id, (context, sink) -> context.table(tableId)
                .ifPresent(table -> all.forEach(check -> check.check(table, context, sink))));
    }
}
