package io.ledgerlint.deploy.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a reader needs to weigh the figures: how they were made and on what.
 *
 * @param command     the command that regenerates them
 * @param date        when they were measured
 * @param cores       the processors the JVM saw
 * @param javaVersion the JDK the stack ran on
 * @param documents   the PDFs each round drops
 * @param rate        the steady round's documents per second
 */
record RunDescription(String command, LocalDate date, int cores, String javaVersion, int documents, double rate) {

    /** A rate as people write it: {@code 2}, {@code 0.5}, not {@code 2.0}. */
    static String perSecond(double rate) {
        return new BigDecimal(Double.toString(rate)).stripTrailingZeros().toPlainString() + "/s";
    }
}
