package io.ledgerlint.validate.rules.xt;

import io.ledgerlint.validate.classification.FunctionalClasses;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.identity.IdentityChecks;
import io.ledgerlint.validate.identity.SumIdentity;
import io.ledgerlint.validate.identity.Term;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A T01/T04 支出 side against a 功能分类 table, 类 by 类: the 类 line = Σ the detail table's leaf rows of that 类
 * (XT-T03-T01-CLASS, XT-T04-T05). A 类 with money on one side and no line on the other is reported too.
 */
final class ClassTotalsCheck implements Rule.Check {

    private final String summaryTable;
    private final int summaryLanci;
    private final String detailTable;
    private final int detailLanci;
    private final List<CellRelation> totals;

    /** {@code totals}: relations between the two tables' grand totals checked as part of the same rule. */
    ClassTotalsCheck(String summaryTable, int summaryLanci, String detailTable, int detailLanci,
                     CellRelation... totals) {
        this.summaryTable = summaryTable;
        this.summaryLanci = summaryLanci;
        this.detailTable = detailTable;
        this.detailLanci = detailLanci;
        this.totals = List.of(totals);
    }

    /**
     * "公开03表“201 一般公共服务支出”类下各科目第1栏之和" / "the sum of column 1 "…" of the Table 03 rows under class "201 …"".
     */
    private Phrase rowsOfClass(TableView detail, String code, String name) {
        Phrase table = Wording.table(detail.id());
        Phrase column = Wording.column(detail, detailLanci);
        String label = name.isEmpty() ? code : code + " " + name;
        return Phrase.of(table.in(Language.ZH) + "“" + label + "”类下各科目" + column.in(Language.ZH) + "之和",
                "the sum of " + column.in(Language.EN) + " of the " + table.in(Language.EN) + " rows under class \""
                        + label + "\"");
    }

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        totals.forEach(t -> t.check(context, sink));
        TableView summary = context.table(summaryTable).orElse(null);
        TableView detail = context.table(detailTable).orElse(null);
        if (summary == null || detail == null || detail.leafRows().isEmpty()) {
            return;
        }
        Map<String, TableRow> classRows = Tables.classRows(summary, summaryLanci);
        Map<String, List<TableRow>> leaves = Tables.leavesByClass(detail);
        Set<String> classes = new LinkedHashSet<>(classRows.keySet());
        classes.addAll(leaves.keySet());
        for (String code : classes) {
            TableRow line = classRows.get(code);
            List<Term> parts = leaves.getOrDefault(code, List.of()).stream().map(r -> Term.of(r, detailLanci)).toList();
            String name = FunctionalClasses.nameOf(code).orElse("");
            Phrase rowsOfClass = rowsOfClass(detail, code, name);
            if (line != null) {
                IdentityChecks.sum(sink, new SumIdentity(Term.of(line, summaryLanci), parts),
                        Map.of("parts", rowsOfClass));
            } else {
                BigDecimal sum = parts.stream().map(Term::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.signum() != 0) {
                    String unit = Wording.unitOf(detail);
                    var finding = sink.finding().formula(Wording.table(summaryTable).in(Language.ZH) + " has no line for 类 " + code)
                            .expected(sum.toPlainString()).actual("—")
                            .param("cell", Wording.place(Wording.table(summaryTable), Wording.row(code, name), null))
                            .param("parts", rowsOfClass).param("other", rowsOfClass)
                            .param("found", Wording.absent()).param("expected", Wording.amount(sum, unit))
                            .param("diff", Wording.amount(sum.abs(), unit));
                    parts.forEach(p -> finding.at(p.location()));
                    finding.report();
                }
            }
        }
    }
}
