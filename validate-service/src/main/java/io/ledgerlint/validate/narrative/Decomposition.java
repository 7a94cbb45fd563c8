package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;
import java.util.List;

/**
 * "T万元，其中：a万元，b万元…" within one sentence: a stated total and its stated components. Components of a change
 * ("减少8.73万元，其中：基本支出增加32.87万元，项目支出减少41.6万元") carry their sign.
 */
public record Decomposition(Sentence sentence, String totalLabel, BigDecimal total, List<Part> parts) {

    /** One component. */
    public record Part(String label, BigDecimal value) {
    }

    public BigDecimal sum() {
        return parts.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
