package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A 三公 figure in the 三公 section: which item, budget or actual, and the value. Clauses are read left to right; a
 * clause naming an item makes it the current item, and every 预算/决算 amount after it belongs to that item. Other
 * amounts (a 团组's cost, a change against last year) count only when their own label names the item.
 */
public record ThreePublicClaim(Sentence sentence, Item item, boolean budget, BigDecimal value) {

    /** The 三公 items in T09 column order. */
    public enum Item {
        TOTAL, ABROAD, VEHICLE, VEHICLE_PURCHASE, VEHICLE_OPERATION, RECEPTION;

        /** The item a clause names, most specific first ("公务用车购置费及运行维护费" is the combined line). */
        static Optional<Item> named(String clause) {
            if (clause.contains("购置费及运行") || clause.contains("购置及运行")) {
                return Optional.of(VEHICLE);
            }
            if (clause.contains("公务用车购置")) {
                return Optional.of(VEHICLE_PURCHASE);
            }
            if (clause.contains("公务用车运行") || clause.contains("运行维护费")) {
                return Optional.of(VEHICLE_OPERATION);
            }
            if (clause.contains("因公出国")) {
                return Optional.of(ABROAD);
            }
            if (clause.contains("公务接待")) {
                return Optional.of(RECEPTION);
            }
            if (clause.contains("三公")) {
                return Optional.of(TOTAL);
            }
            return Optional.empty();
        }
    }

    static List<ThreePublicClaim> read(List<Sentence> sentences) {
        List<ThreePublicClaim> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (!sentence.sectionMentions("三公")) {
                continue;
            }
            Item current = null;
            int clauseStart = 0;
            String text = sentence.text();
            for (Figures.Amount amount : sentence.amounts()) {
                String clause = text.substring(clauseStart, amount.start());
                Optional<Item> named = Item.named(lastClause(clause));
                if (named.isPresent()) {
                    current = named.get();
                }
                String label = amount.label();
                boolean isBudget = StatementReader.isBudget(label);
                if (current != null && (isBudget || label.contains("决算") || Item.named(label).isPresent())
                        && !label.contains("上年")) {
                    out.add(new ThreePublicClaim(sentence, current, isBudget, amount.value()));
                }
                clauseStart = amount.end();
            }
        }
        return out;
    }

    /** The text of the clause the amount belongs to (after the last delimiter), plus what came since the last amount. */
    private static String lastClause(String sinceLastAmount) {
        int cut = Math.max(sinceLastAmount.lastIndexOf('。'), sinceLastAmount.lastIndexOf('；'));
        return cut >= 0 ? sinceLastAmount.substring(cut + 1) : sinceLastAmount;
    }
}
