package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;

/**
 * "X万元，占{base}的p%": {@code part} of a whole. {@code baseName} is the named denominator ("" when the sentence
 * names none); {@code base} the amount it resolves to in the narrative (the paragraph's total when unnamed), or null
 * when the narrative does not state it.
 */
public record ShareClaim(Sentence sentence, Figures.Amount part, String baseName, BigDecimal base, BigDecimal percent) {
}
