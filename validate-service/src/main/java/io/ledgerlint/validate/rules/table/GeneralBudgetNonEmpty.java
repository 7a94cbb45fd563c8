package io.ledgerlint.validate.rules.table;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.CellValue;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;

/** T05-NONEMPTY: when T04 shows 一般公共预算 spending (本年支出合计 c3 &gt; 0), T05 must show it; a 说明 does not excuse it. */
final class GeneralBudgetNonEmpty implements TableCheck {

    @Override
    public void check(TableView t05, ValidationContext context, FindingSink sink) {
        TableView t04 = context.table("04").orElse(null);
        if (t04 == null) {
            return;
        }
        TableRow spending = t04.rowInColumn(3, "本年支出合计").orElse(null);
        if (spending == null || spending.value(3).amount().signum() <= 0) {
            return;
        }
        if (t05.bodyAmounts().stream().allMatch(CellValue::isZero)) {
            sink.finding()
                    .at(Locations.table(t05))
                    .at(spending.location(3))
                    .param("cell", Wording.cell(spending, 3))
                    .param("found", Wording.amount(spending.value(3).amount(), Wording.unitOf(t04)))
                    .param("table", Wording.table(t05.id()))
                    .expected("> 0").actual("0")
                    .report();
        }
    }
}
