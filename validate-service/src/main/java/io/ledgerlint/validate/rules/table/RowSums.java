package io.ledgerlint.validate.rules.table;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.IdentityChecks;
import io.ledgerlint.validate.identity.SumIdentity;
import io.ledgerlint.validate.identity.Term;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every row of the block holding 栏次 {@code total}: c[total] = ± c[…] (T02 c1 = c2+…+c7, T07 c6 = c1+c2−c3 …).
 * A 栏次 the template does not print is left out; a row too short for a printed 栏次 is STRUCT-COLS' finding.
 */
final class RowSums implements TableCheck {

    private final int total;
    private final List<Column> summands;

    RowSums(int total, Column... summands) {
        this.total = total;
        this.summands = List.of(summands);
    }

    static RowSums of(int total, int... summands) {
        return new RowSums(total, Arrays.stream(summands).mapToObj(Column::plus).toArray(Column[]::new));
    }

    @Override
    public void check(TableView table, ValidationContext context, FindingSink sink) {
        if (table.columnOf(total).isEmpty()) {
            return;
        }
        Map<String, Object> message = Map.of("parts", parts(table));
        for (TableRow row : table.rows()) {
            if (!row.block().hasLanci(total)) {
                continue;
            }
            List<Term> terms = summands.stream()
                    .filter(c -> table.columnOf(c.lanci()).isPresent())
                    .map(c -> c.subtracted() ? Term.of(row, c.lanci()).negated() : Term.of(row, c.lanci()))
                    .toList();
            IdentityChecks.sum(sink, new SumIdentity(Term.of(row, total), terms), message);
        }
    }

    /**
     * The summands as columns of the row: "本行第4栏“基本支出”与第5栏“项目支出”之和" / "the sum of column 4 "基本支出" and
     * column 5 "项目支出" of the row"; with a subtracted column "本行第1栏…加第2栏…减第3栏…" / "column 1 … plus …".
     */
    private Phrase parts(TableView table) {
        List<Column> printed = summands.stream().filter(c -> table.columnOf(c.lanci()).isPresent()).toList();
        List<Phrase> columns = printed.stream().map(c -> Wording.column(table, c.lanci())).toList();
        if (printed.stream().noneMatch(Column::subtracted)) {
            Phrase sum = Wording.sumOf(columns);
            return Phrase.of("本行" + sum.in(Language.ZH), sum.in(Language.EN) + " of the row");
        }
        StringBuilder zh = new StringBuilder("本行");
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < printed.size(); i++) {
            boolean minus = printed.get(i).subtracted();
            if (i > 0 || minus) {
                zh.append(minus ? "减" : "加");
                en.append(i == 0 ? "minus " : minus ? " minus " : " plus ");
            }
            zh.append(columns.get(i).in(Language.ZH));
            en.append(columns.get(i).in(Language.EN));
        }
        return Phrase.of(zh.toString(), en.append(" of the row").toString());
    }
}
