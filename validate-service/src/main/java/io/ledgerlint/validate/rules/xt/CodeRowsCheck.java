package io.ledgerlint.validate.rules.xt;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.IdentityChecks;
import io.ledgerlint.validate.identity.Term;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.List;
import java.util.Map;

/**
 * Two 功能分类 tables code by code (XT-T05-T03-ROWS, XT-T02-T03-ROWS): the narrower table's cell ≤ the wider one's;
 * under the pure-fiscal condition they are equal and list the same codes.
 */
final class CodeRowsCheck implements Rule.Check {

    private final String narrowTable;
    private final String wideTable;
    private final int[] lanci;
    private final boolean onlyWhenPureFiscal;

    CodeRowsCheck(String narrowTable, String wideTable, boolean onlyWhenPureFiscal, int... lanci) {
        this.narrowTable = narrowTable;
        this.wideTable = wideTable;
        this.onlyWhenPureFiscal = onlyWhenPureFiscal;
        this.lanci = lanci;
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
                Map<String, String> params = Map.of();
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

    /** {@code row} has no row of its code in {@code otherTable}: the other table's missing row is what was found. */
    private static void missing(FindingSink sink, TableRow row, TableView otherTable) {
        Phrase amount = Wording.amount(row.value(1).amount(), Wording.unitOf(row.table()));
        sink.finding()
                .at(row.location(1))
                .at(Locations.absent(otherTable.id(), row.code(), 0))
                .param("cell", Wording.place(Wording.table(otherTable.id()), Wording.row(row.code(), row.label()), null))
                .param("other", Wording.cell(row, 1))
                .param("found", Wording.absent()).param("expected", amount).param("diff", amount)
                .param("bound", Phrase.of("应为" + amount.in(Language.ZH), "expected " + amount.in(Language.EN)))
                .expected(Wording.table(otherTable.id()).in(Language.ZH) + " " + row.code()).actual("—")
                .report();
    }
}
