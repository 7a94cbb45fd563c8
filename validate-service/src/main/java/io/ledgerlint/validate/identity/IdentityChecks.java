package io.ledgerlint.validate.identity;

import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Severity;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The one mechanism behind every arithmetic table rule: check an identity with the tolerance of rules.md §3.2 and
 * report a finding that names the cells, the expected and the found value and the formula. Identities with a cell
 * that is absent or not a number are skipped: STRUCT-COLS reports those, and guessing 0 would invent errors.
 *
 * <p>Message parameters set here: {@code T} (total), {@code S} (sum), {@code d} (difference) for sums; {@code a},
 * {@code b} and {@code d} for comparisons. Rules add their own ({@code code}, {@code col} …) through {@code params}.
 */
public final class IdentityChecks {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private IdentityChecks() {
    }

    /** total = Σ summands within tol(n); returns whether the identity holds (true when it cannot be checked). */
    public static boolean sum(FindingSink sink, SumIdentity identity, Map<String, ?> params) {
        if (!identity.checkable()) {
            return true;
        }
        Tolerances.SumCheck check = Tolerances.sum(identity.total().amount(),
                identity.summands().stream().map(Term::signedAmount).toList());
        if (check.holds()) {
            return true;
        }
        FindingSink.Builder finding = sink.finding()
                .at(identity.total().location())
                .expected(Amounts.format(check.sum()))
                .actual(Amounts.format(check.total()))
                .formula(identity.formula())
                .param("T", Amounts.format(check.total()))
                .param("S", Amounts.format(check.sum()))
                .param("d", Amounts.format(check.difference()));
        identity.summands().forEach(t -> finding.at(t.location()));
        params.forEach(finding::param);
        finding.report();
        return false;
    }

    /**
     * One quantity printed twice ({@code actual} where {@code expected} is the reference): equal at 2 decimals passes,
     * a 0.01 difference is reported as info (a rounding path), more with the rule's severity.
     */
    public static boolean equal(FindingSink sink, Term actual, Term expected, Map<String, ?> params) {
        if (!actual.checkable() || !expected.checkable()) {
            return true;
        }
        Tolerances.Equality outcome = Tolerances.equality(actual.amount(), expected.amount());
        if (outcome == Tolerances.Equality.EQUAL) {
            return true;
        }
        FindingSink.Builder finding = comparison(sink, actual, expected, actual.name() + " = " + expected.name(), params);
        if (outcome == Tolerances.Equality.ROUNDING) {
            finding.severity(Severity.INFO);
        }
        finding.report();
        return false;
    }

    /** {@code part} ≤ {@code whole} allowing one cent of rounding. */
    public static boolean atMost(FindingSink sink, Term part, Term whole, Map<String, ?> params) {
        if (!part.checkable() || !whole.checkable()) {
            return true;
        }
        if (part.amount().subtract(whole.amount()).compareTo(CENT) <= 0) {
            return true;
        }
        comparison(sink, part, whole, part.name() + " ≤ " + whole.name(), params).report();
        return false;
    }

    private static FindingSink.Builder comparison(FindingSink sink, Term actual, Term expected, String formula,
                                                  Map<String, ?> params) {
        FindingSink.Builder finding = sink.finding()
                .at(actual.location())
                .at(expected.location())
                .expected(Amounts.format(expected.amount()))
                .actual(Amounts.format(actual.amount()))
                .formula(formula)
                .param("a", Amounts.format(actual.amount()))
                .param("b", Amounts.format(expected.amount()))
                .param("d", Amounts.format(actual.amount().subtract(expected.amount())));
        params.forEach(finding::param);
        return finding;
    }
}
