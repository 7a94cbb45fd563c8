package io.ledgerlint.validate.rules.xt;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.IdentityChecks;
import io.ledgerlint.validate.identity.Term;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.List;
import java.util.Map;

/**
 * Two 功能分类 tables code by code (XT-T05-T03-ROWS, XT-T02-T03-ROWS): the narrower table's cell ≤ the wider one's;
 * under the pure-fiscal condition they are equal and list the same codes.
 */
final class CodeRowsRule implements Rule {

    private final String id;
    private final String narrowTable;
    private final String wideTable;
    private final int[] lanci;
    private final boolean onlyWhenPureFiscal;

    CodeRowsRule(String id, String narrowTable, String wideTable, boolean onlyWhenPureFiscal, int... lanci) {
        this.id = id;
        this.narrowTable = narrowTable;
        this.wideTable = wideTable;
        this.onlyWhenPureFiscal = onlyWhenPureFiscal;
        this.lanci = lanci;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        TableView narrow = context.table(narrowTable).orElse(null);
        TableView wide = context.table(wideTable).orElse(null);
        boolean pureFiscal = PureFiscal.holds(context);
        if (narrow == null || wide == null || onlyWhenPureFiscal && !pureFiscal) {
            return;
        }
        for (TableRow row : narrow.leafRows()) {
            TableRow other = wide.rowByCode(row.code()).orElse(null);
            if (other == null) {
                if (pureFiscal && !row.value(lanci[0]).isZero()) {
                    missing(sink, row, wide);
                }
                continue;
            }
            for (int column : lanci) {
                Map<String, String> params = Map.of("code", row.displayName(), "col", "c" + column);
                if (pureFiscal) {
                    IdentityChecks.equal(sink, Term.of(row, column), Term.of(other, column), params);
                } else {
                    IdentityChecks.atMost(sink, Term.of(row, column), Term.of(other, column), params);
                }
            }
        }
        if (pureFiscal) {
            List<TableRow> unmatched = wide.leafRows().stream()
                    .filter(r -> narrow.rowByCode(r.code()).isEmpty() && !r.value(lanci[0]).isZero()).toList();
            unmatched.forEach(r -> missing(sink, r, narrow));
        }
    }

    private static void missing(FindingSink sink, TableRow row, TableView otherTable) {
        sink.finding()
                .at(row.location(1))
                .at(Location.cell(otherTable.id(), row.code(), null, null, null))
                .param("code", row.displayName()).param("col", "c1")
                .param("a", row.value(1).amount().toPlainString()).param("b", "—")
                .expected("公开" + otherTable.id() + "表 " + row.code()).actual("—")
                .report();
    }
}
