package io.ledgerlint.validate.identity;

import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.message.Wording;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one mechanism behind every arithmetic table rule: check an identity with the tolerance of rules.md §3.2 and
 * report a finding that names the cells, the expected and the found value and the formula. Identities with a cell
 * that is absent or not a number are skipped: STRUCT-COLS reports those, and guessing 0 would invent errors.
 *
 * <p>Message parameters set here, worded by {@link Wording}: {@code cell} (the checked cell: table, row, column),
 * {@code found} (its amount), {@code expected}, {@code diff} (how far apart, unsigned); for sums {@code parts} (what
 * the cell should add up to, also as {@code other}); for comparisons {@code other} (the reference cell) and
 * {@code bound} ("应为X" / "应不超过X", "expected X" / "expected at most X"). Rules add or override parameters through
 * {@code params}.
 */
public final class IdentityChecks {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** Sums of more terms are described by their count, not term by term. */
    private static final int MAX_NAMED_SUMMANDS = 4;

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
        String unit = identity.total().unit();
        Object parts = params.containsKey("parts") ? params.get("parts") : describe(identity.summands());
        FindingSink.Builder finding = sink.finding()
                .at(identity.total().location())
                .expected(Amounts.format(check.sum()))
                .actual(Amounts.format(check.total()))
                .formula(identity.formula())
                .param("cell", identity.total().place())
                .param("parts", parts)
                .param("other", parts)
                .param("found", Wording.amount(check.total(), unit))
                .param("expected", Wording.amount(check.sum(), unit))
                .param("diff", Wording.difference(check.total(), check.sum(), Stream.concat(Stream.of(identity.total()),
                        identity.summands().stream()).map(Term::unit).toList()));
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
        FindingSink.Builder finding = comparison(sink, actual, expected, actual.name() + " = " + expected.name(),
                Phrase.of("应为", "expected "), params);
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
        comparison(sink, part, whole, part.name() + " ≤ " + whole.name(), Phrase.of("应不超过", "expected at most "),
                params).report();
        return false;
    }

    private static FindingSink.Builder comparison(FindingSink sink, Term actual, Term expected, String formula,
                                                  Phrase bound, Map<String, ?> params) {
        Phrase expectedAmount = Wording.amount(expected.amount(), expected.unit());
        FindingSink.Builder finding = sink.finding()
                .at(actual.location())
                .at(expected.location())
                .expected(Amounts.format(expected.amount()))
                .actual(Amounts.format(actual.amount()))
                .formula(formula)
                .param("cell", actual.place())
                .param("other", expected.place())
                .param("found", Wording.amount(actual.amount(), actual.unit()))
                .param("expected", expectedAmount)
                .param("bound", Phrase.of(bound.in(Language.ZH) + expectedAmount.in(Language.ZH),
                        bound.in(Language.EN) + expectedAmount.in(Language.EN)))
                .param("diff", Wording.difference(actual.amount(), expected.amount(), List.of(actual.unit(), expected.unit())));
        params.forEach(finding::param);
        return finding;
    }

    /**
     * What a total should add up to: "A、B与C之和" / "the sum of A, B and C"; "A加B减C" / "A plus B minus C" with
     * subtracted terms; "N项之和" / "the sum of its N parts" for longer sums.
     */
    static Phrase describe(List<Term> summands) {
        if (summands.isEmpty()) {
            return Phrase.of("0", "0");
        }
        if (summands.size() > MAX_NAMED_SUMMANDS) {
            return Phrase.of(summands.size() + "项之和", "the sum of its " + summands.size() + " parts");
        }
        if (summands.stream().noneMatch(Term::subtracted)) {
            return Wording.sumOf(summands.stream().map(Term::place).toList());
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < summands.size(); i++) {
            Term term = summands.get(i);
            if (i > 0 || term.subtracted()) {
                zh.append(term.subtracted() ? "减" : "加");
                en.append(i == 0 ? "minus " : term.subtracted() ? " minus " : " plus ");
            }
            zh.append(term.place().in(Language.ZH));
            en.append(term.place().in(Language.EN));
        }
        return Phrase.of(zh.toString(), en.toString());
    }
}
