package io.ledgerlint.validate.table;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a printed amount as rules.md §3.1 describes: thousands separators and stray spaces ("5, 487. 18"), full-width
 * digits and punctuation; blank, "-", "—" and "无" mean 0.
 */
public final class AmountParser {

    private static final Set<String> ZERO_WORDS = Set.of("", "-", "—", "–", "－", "无", "--", "——");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private AmountParser() {
    }

    /** The amount, or empty when the text is not a number (a label, a note …). */
    public static Optional<BigDecimal> parse(String text) {
        String compact = normalise(text);
        if (ZERO_WORDS.contains(compact)) {
            return Optional.of(BigDecimal.ZERO);
        }
        String digits = compact.replace(",", "");
        if (NUMBER.matcher(digits).matches()) {
            return Optional.of(new BigDecimal(digits));
        }
        return Optional.empty();
    }

    /** Whether the text denotes zero without printing a number (blank, dash, 无). */
    public static boolean isBlank(String text) {
        return ZERO_WORDS.contains(normalise(text));
    }

    /** Digits printed after the decimal point, e.g. 2 for "1,234.50"; 0 for non-numbers. */
    public static int decimals(String text) {
        String compact = normalise(text).replace(",", "");
        int dot = compact.indexOf('.');
        return dot < 0 || !NUMBER.matcher(compact).matches() ? 0 : compact.length() - dot - 1;
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
                return;
            }
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．' || c == '。') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
