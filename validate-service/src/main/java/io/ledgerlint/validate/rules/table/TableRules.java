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
                new TableRule("T01-SUM-INCOME", "01", new BlockSubtotal("本年收入合计", 1)),
                new TableRule("T01-SUM-EXPENSE", "01", new BlockSubtotal("本年支出合计", 2)),
                new TableRule("T01-TOTAL-IN", "01",
                        new LabelledSum("总计", List.of("本年收入合计", "使用非财政拨款结余", "年初结转和结余"), 1)),
                new TableRule("T01-TOTAL-OUT", "01",
                        new LabelledSum("总计", List.of("本年支出合计", "结余分配", "年末结转和结余"), 2)),
                new TableRule("T01-BALANCE", "01", new SidesBalance("总计", 1, 2)),

                new TableRule("T02-ROW-SUM", "02", RowSums.of(1, 2, 3, 4, 5, 6, 7)),
                new TableRule("T02-COL-SUM", "02", new LeafColumnSums()),
                new TableRule("T02-HIER", "02", new HierarchySums()),

                new TableRule("T03-ROW-SUM", "03", RowSums.of(1, 2, 3, 4, 5, 6)),
                new TableRule("T03-COL-SUM", "03", new LeafColumnSums()),
                new TableRule("T03-HIER", "03", new HierarchySums()),

                new TableRule("T04-SUM-INCOME", "04", new BlockSubtotal("本年收入合计", 1)),
                new TableRule("T04-CARRY-IN", "04", new RowsBetween("年初财政拨款结转和结余", "总计", 1)),
                new TableRule("T04-ROW-SUM", "04", RowSums.of(2, 3, 4, 5)),
                new TableRule("T04-SUM-EXPENSE", "04", new BlockSubtotal("本年支出合计", 2, 3, 4, 5)),
                new TableRule("T04-TOTAL-IN", "04",
                        new LabelledSum("总计", List.of("本年收入合计", "年初财政拨款结转和结余"), 1)),
                new TableRule("T04-TOTAL-OUT", "04",
                        new LabelledSum("总计", List.of("本年支出合计", "年末财政拨款结转和结余"), 2, 3, 4, 5)),
                new TableRule("T04-BALANCE", "04", new SidesBalance("总计", 1, 2)),

                new TableRule("T05-ROW-SUM", "05", RowSums.of(1, 2, 3)),
                new TableRule("T05-COL-SUM", "05", new LeafColumnSums()),
                new TableRule("T05-HIER", "05", new HierarchySums()),
                new TableRule("T05-NONEMPTY", "05", new GeneralBudgetNonEmpty()),

                new TableRule("T06-CLASS-SUM", "06", new EconomicClassSums()),
                new TableRule("T06-PERSONNEL-TOTAL", "06", new FooterTotal("人员经费合计", PERSONNEL_CLASSES::contains)),
                new TableRule("T06-PUBLIC-TOTAL", "06",
                        new FooterTotal("公用经费合计", code -> !PERSONNEL_CLASSES.contains(code))),

                new TableRule("T07-ROW-SUM", "07", RowSums.of(3, 4, 5), new LeafColumnSums()),
                new TableRule("T07-BALANCE", "07",
                        new RowSums(6, Column.plus(1), Column.plus(2), Column.minus(3))),
                new TableRule("T07-EMPTY-NOTE", "07", new EmptyTableNote()),

                new TableRule("T08-ROW-SUM", "08", RowSums.of(1, 2, 3), new LeafColumnSums()),
                new TableRule("T08-EMPTY-NOTE", "08", new EmptyTableNote()),

                new TableRule("T09-BUD-TOTAL", "09", RowSums.of(1, 2, 3, 6)),
                new TableRule("T09-BUD-SUBTOTAL", "09", RowSums.of(3, 4, 5)),
                new TableRule("T09-ACT-TOTAL", "09", RowSums.of(7, 8, 9, 12)),
                new TableRule("T09-ACT-SUBTOTAL", "09", RowSums.of(9, 10, 11)));
    }
}
