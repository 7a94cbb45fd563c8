package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.contracts.events.Confidence;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.narrative.BudgetItem;
import io.ledgerlint.validate.narrative.CompletionClaim;
import io.ledgerlint.validate.narrative.Decomposition;
import io.ledgerlint.validate.narrative.MeetingTraining;
import io.ledgerlint.validate.narrative.Narrative;
import io.ledgerlint.validate.narrative.ThreePublicClaim;
import io.ledgerlint.validate.narrative.ThreePublicClaim.Item;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NAR-SUM-ITEMS: a stated total equals the sum of its stated components — "其中" lists, the 五(三) items against the
 * section's 年初/决算 totals, the 三公 item budgets against the 三公 budget, itemised 会议/培训 costs.
 */
final class SumChecks {

    private SumChecks() {
    }

    static void sumItems(ValidationContext context, FindingSink sink) {
        Narrative narrative = NarrativeOf.document(context);
        for (Decomposition d : narrative.decompositions()) {
            if (!d.totalLabel().contains("采购")) {
                check(sink, d.totalLabel(), d.total(), d.parts().stream().map(Decomposition.Part::value).toList(),
                        List.of(d.sentence().location()), Confidence.HIGH);
            }
        }
        budgetItemTotals(narrative, sink);
        threePublicBudgets(narrative, sink);
        for (MeetingTraining m : narrative.meetingTraining()) {
            if (m.items().size() >= 2) {
                check(sink, m.kind() == MeetingTraining.Kind.MEETING ? "会议费" : "培训费", m.total(), m.items(),
                        List.of(m.sentence().location()), Confidence.MEDIUM);
            }
        }
    }

    /** The 五(三) header's 年初预算数/决算数 against the sums of its items. */
    private static void budgetItemTotals(Narrative narrative, FindingSink sink) {
        List<BudgetItem> items = narrative.budgetItems();
        if (items.isEmpty()) {
            return;
        }
        BudgetItem first = items.get(0);
        Optional<CompletionClaim> header = narrative.completions().stream()
                .filter(c -> c.sentence().section().equals(first.header().section())
                        && c.sentence().paragraph() < first.header().paragraph())
                .reduce((a, b) -> b);
        header.ifPresent(h -> {
            List<BigDecimal> budgets = items.stream().map(BudgetItem::budget).filter(b -> b != null).toList();
            if (budgets.size() == items.size()) {
                check(sink, "年初预算数", h.budget(), budgets, List.of(h.sentence().location()), Confidence.HIGH);
            }
            List<BigDecimal> actuals = items.stream().map(BudgetItem::actual).filter(a -> a != null).toList();
            if (actuals.size() == items.size()) {
                check(sink, "支出决算数", h.actual(), actuals, List.of(h.sentence().location()), Confidence.HIGH);
            }
        });
    }

    /** 三公 预算 = 因公出国 + 公务用车购置及运行维护 + 公务接待 (the first budget the text gives for each). */
    private static void threePublicBudgets(Narrative narrative, FindingSink sink) {
        Map<Item, ThreePublicClaim> budgets = new EnumMap<>(Item.class);
        for (ThreePublicClaim c : narrative.threePublic()) {
            if (c.budget()) {
                budgets.putIfAbsent(c.item(), c);
            }
        }
        ThreePublicClaim total = budgets.get(Item.TOTAL);
        Optional<BigDecimal> vehicle = budgets.containsKey(Item.VEHICLE) ? Optional.of(budgets.get(Item.VEHICLE).value())
                : budgets.containsKey(Item.VEHICLE_PURCHASE) && budgets.containsKey(Item.VEHICLE_OPERATION)
                ? Optional.of(budgets.get(Item.VEHICLE_PURCHASE).value().add(budgets.get(Item.VEHICLE_OPERATION).value()))
                : Optional.empty();
        if (total == null || vehicle.isEmpty() || !budgets.containsKey(Item.ABROAD) || !budgets.containsKey(Item.RECEPTION)) {
            return;
        }
        List<Location> where = new ArrayList<>(List.of(total.sentence().location()));
        where.add(budgets.get(Item.ABROAD).sentence().location());
        check(sink, "三公经费预算", total.value(),
                List.of(budgets.get(Item.ABROAD).value(), vehicle.get(), budgets.get(Item.RECEPTION).value()),
                where, Confidence.HIGH);
    }

    private static void check(FindingSink sink, String label, BigDecimal total, List<BigDecimal> parts,
                              List<Location> where, Confidence confidence) {
        Tolerances.SumCheck check = Tolerances.sum(total, parts);
        if (!check.holds()) {
            sink.finding().at(where).confidence(confidence)
                    .param("total", Wording.quote(label)).param("found", Wording.amount(total))
                    .param("expected", Wording.amount(check.sum()))
                    .param("diff", Wording.difference(total, check.sum(), Wording.TEN_THOUSAND_YUAN))
                    .expected(Amounts.format(check.sum())).actual(Amounts.format(total))
                    .formula(String.join("+", parts.stream().map(Amounts::format).toList()))
                    .report();
        }
    }
}
