package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.contracts.events.Confidence;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.narrative.BudgetItem;
import io.ledgerlint.validate.narrative.Narrative;
import io.ledgerlint.validate.table.TableRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** NAR-AMOUNT and the 五(三)/五(二) itemisation rules: narrative amounts against the cells they restate. */
final class AmountChecks {

    private AmountChecks() {
    }

    static void amount(ValidationContext context, FindingSink sink) {
        for (StatedAmounts.Pair pair : StatedAmounts.pairs(context)) {
            compare(sink, Wording.quote(pair.statement().amount().label()), pair.statement().amount().value(),
                    pair.figure(), pair.statement().sentence().location());
        }
        for (StatedAmounts.ThreePublicPair pair : StatedAmounts.threePublicPairs(context)) {
            compare(sink, pair.claim().budget() ? Phrase.of("“三公”经费预算数", "\"三公\" budget figure")
                            : Phrase.of("“三公”经费决算数", "\"三公\" actual figure"), pair.claim().value(), pair.figure(),
                    pair.claim().sentence().location());
        }
        for (BudgetItemMatch match : BudgetItemMatch.all(context, NarrativeOf.document(context).budgetItems())) {
            if (match.amountFits() || match.rows().isEmpty()) {
                continue;
            }
            BigDecimal table = match.rows().stream().map(r -> r.value(1).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            Tolerances.Equality equality = Tolerances.equality(match.item().actual(), table);
            boolean merge = match.rows().size() > 1;
            if (equality == Tolerances.Equality.EQUAL && !merge) {
                continue;
            }
            FindingSink.Builder finding = sink.finding().at(match.item().header().location());
            match.rows().forEach(r -> finding.at(r.location(1)));
            finding.severity(equality == Tolerances.Equality.ROUNDING && !merge ? Severity.INFO : Severity.ERROR)
                    .confidence(match.exactName() ? Confidence.HIGH : Confidence.MEDIUM)
                    .param("label", Wording.quote(match.item().itemName()))
                    .param("found", Wording.amount(match.item().actual()))
                    .param("cell", Wording.and(match.rows().stream().map(r -> Wording.cell(r, 1)).toList()))
                    .param("expected", Wording.amount(match.rows().get(0).value(1).amount(),
                            Wording.unitOf(match.rows().get(0).table())))
                    .param("diff", Wording.difference(match.item().actual(), match.rows().get(0).value(1).amount(),
                            Wording.unitOf(match.rows().get(0).table())))
                    .expected(Amounts.format(match.rows().get(0).value(1).amount()))
                    .actual(Amounts.format(match.item().actual()))
                    .formula(merge ? "决算数等于" + match.rows().stream().map(TableRow::displayName)
                            .collect(Collectors.joining("与")) + "之和：合并了两个科目" : null)
                    .report();
        }
    }

    private static void compare(FindingSink sink, Phrase label, BigDecimal stated, TableFigure figure, Location at) {
        Tolerances.Equality equality = Tolerances.equality(stated, figure.value());
        if (equality == Tolerances.Equality.EQUAL) {
            return;
        }
        sink.finding().at(at).at(figure.location())
                .severity(equality == Tolerances.Equality.ROUNDING ? Severity.INFO : Severity.ERROR)
                .param("label", label).param("found", Wording.amount(stated)).param("cell", figure.place())
                .param("expected", figure.amount()).param("diff", Wording.difference(stated, figure.value(), figure.unit()))
                .expected(Amounts.format(figure.value())).actual(Amounts.format(stated))
                .report();
    }

    static void itemLabel(ValidationContext context, FindingSink sink) {
        for (BudgetItemMatch match : BudgetItemMatch.all(context, NarrativeOf.document(context).budgetItems())) {
            if (match.rows().size() == 1 && !match.exactName()) {
                TableRow row = match.rows().get(0);
                sink.finding().at(match.item().header().location()).at(row.location(1))
                        .param("row", Wording.row(row)).param("found", Wording.quote(match.item().itemName()))
                        .param("expected", Wording.quote(row.label()))
                        .expected(row.label()).actual(match.item().itemName()).report();
            }
        }
    }

    /** 五(三) items name a 项; a 类 or project name instead (no （款）, or an amount that is a whole 类) is too coarse. */
    static void itemLevel(ValidationContext context, FindingSink sink) {
        Narrative narrative = NarrativeOf.document(context);
        for (BudgetItem item : narrative.budgetItems()) {
            if (item.itemName().isBlank()) {
                sink.finding().at(item.header().location()).param("text", Wording.quote(item.header().text()))
                        .actual(item.header().text()).report();
            }
        }
    }

    /** Σ item 决算 = T05 合计 c1, and no T05 row is described twice. */
    static void itemCoverage(ValidationContext context, FindingSink sink) {
        List<BudgetItem> items = NarrativeOf.document(context).budgetItems().stream()
                .filter(i -> i.actual() != null).toList();
        if (items.isEmpty()) {
            return;
        }
        TableFigure.cell(context, "05", "合计", 1).ifPresent(total -> {
            Tolerances.SumCheck check = Tolerances.sum(total.value(), items.stream().map(BudgetItem::actual).toList());
            if (!check.holds()) {
                sink.finding().at(items.get(0).header().location()).at(total.location())
                        .param("found", Wording.amount(check.sum())).param("cell", total.place())
                        .param("expected", total.amount())
                        .param("diff", Wording.difference(check.sum(), total.value(), total.unit()))
                        .expected(Amounts.format(total.value())).actual(Amounts.format(check.sum()))
                        .formula("Σ具体情况各项决算数").report();
            }
        });
    }

    /** 五(二) lists the 类 of T04 with amounts: a non-zero T04 类 the narrative names nowhere is reported. */
    static void structureByClass(ValidationContext context, FindingSink sink) {
        Narrative narrative = NarrativeOf.document(context);
        List<String> mentioned = narrative.statements().stream()
                .filter(s -> s.sentence().section().contains("一般公共预算"))
                .map(s -> StatedAmounts.className(s.amount().label())).toList();
        if (mentioned.isEmpty()) {
            return;
        }
        for (TableRow row : TableFigure.classRows(context)) {
            if (!row.value(3).isZero() && !mentioned.contains(StatedAmounts.className(row.label()))) {
                sink.finding().at(row.location(3)).param("cell", Wording.cell(row, 3))
                        .param("amount", Wording.amount(row.value(3).amount(), Wording.unitOf(row.table())))
                        .actual(row.label()).report();
            }
        }
    }
}
