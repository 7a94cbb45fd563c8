package io.ledgerlint.validate.arithmetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The rounding allowances of rules.md §3.2. Published figures are rounded to 0.01 万元, so each is within ±0.005 of
 * its true value; the checks below never fail on pure rounding and stay sensitive to real errors.
 */
public final class Tolerances {

    /** Half a unit of the last printed digit of a 2-decimal amount. */
    public static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal SUM_CAP = new BigDecimal("0.10");

    private Tolerances() {
    }

    /** tol(n) = min(0.005·(n+1), 0.10), n = number of non-zero summands. */
    public static BigDecimal sumTolerance(int nonZeroSummands) {
        return HALF_CENT.multiply(BigDecimal.valueOf(nonZeroSummands + 1L)).min(SUM_CAP);
    }

    /** Checks total = Σ summands within {@link #sumTolerance}. */
    public static SumCheck sum(BigDecimal total, Collection<BigDecimal> summands) {
        BigDecimal sum = summands.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int nonZero = (int) summands.stream().filter(a -> a.signum() != 0).count();
        return new SumCheck(total, sum, sumTolerance(nonZero));
    }

    /** Compares one quantity printed twice (§3.2.2): equal at 2 decimals, a 0.01 difference is a rounding path. */
    public static Equality equality(BigDecimal a, BigDecimal b) {
        BigDecimal delta = a.setScale(2, RoundingMode.HALF_UP).subtract(b.setScale(2, RoundingMode.HALF_UP)).abs();
        if (delta.signum() == 0) {
            return Equality.EQUAL;
        }
        return delta.compareTo(CENT) <= 0 ? Equality.ROUNDING : Equality.DIFFERENT;
    }

    /** "决算数大于年初预算数X万元" (§3.2.4): |X − (a − b)| ≤ 0.01. */
    public static boolean differenceHolds(BigDecimal stated, BigDecimal a, BigDecimal b) {
        return stated.subtract(a.subtract(b)).abs().compareTo(CENT) <= 0;
    }

    /**
     * A stated percentage p (printed with {@code decimals} digits) against 100·a/b, where a and b are each known to
     * ±{@code errorA}/±{@code errorB} (0.005 for amounts, 0 for counts), by interval arithmetic with one unit of
     * slack for truncation (§3.2.3). Undefined (false) for a base interval touching 0.
     */
    public static Percentage percentage(BigDecimal p, int decimals, BigDecimal a, BigDecimal errorA,
                                        BigDecimal b, BigDecimal errorB) {
        BigDecimal bLow = b.subtract(errorB);
        BigDecimal bHigh = b.add(errorB);
        if (bLow.signum() <= 0) {
            return new Percentage(p, null, null, false);
        }
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal low = hundred.multiply(a.subtract(errorA)).divide(bHigh, 6, RoundingMode.FLOOR);
        BigDecimal high = hundred.multiply(a.add(errorA)).divide(bLow, 6, RoundingMode.CEILING);
        BigDecimal slack = BigDecimal.ONE.movePointLeft(decimals);
        boolean holds = p.compareTo(low.subtract(slack)) >= 0 && p.compareTo(high.add(slack)) <= 0;
        return new Percentage(p, low, high, true, holds);
    }

    /** Outcome of comparing one quantity printed twice. */
    public enum Equality { EQUAL, ROUNDING, DIFFERENT }

    /** Outcome of a sum identity; {@link #difference()} is total − sum. */
    public record SumCheck(BigDecimal total, BigDecimal sum, BigDecimal tolerance) {

        public BigDecimal difference() {
            return total.subtract(sum);
        }

        public boolean holds() {
            return difference().abs().compareTo(tolerance) <= 0;
        }
    }

    /** Outcome of a percentage check; {@code low}/{@code high} bound the exact percentage when {@code defined}. */
    public record Percentage(BigDecimal stated, BigDecimal low, BigDecimal high, boolean defined, boolean holds) {

        Percentage(BigDecimal stated, BigDecimal low, BigDecimal high, boolean defined) {
            this(stated, low, high, defined, false);
        }
    }
}
