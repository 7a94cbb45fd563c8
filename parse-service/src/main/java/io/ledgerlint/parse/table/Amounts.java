package io.ledgerlint.parse.table;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount as printed in a table cell (rules.md §3.1): thousands separators and stray spaces
 * ("5, 487. 18"), full-width digits and punctuation, a leading minus. Blank, "-", "—" and "无" are no amount.
 */
public final class Amounts {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Commas only as thousands separators: "1,23.4" is not read as 123.4. */
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern NUMERIC_LOOKING = Pattern.compile("[-\\d.,\\s]*\\d[-\\d.,\\s]*");

    private Amounts() {
    }

    /** The amount as a plain decimal string, or empty when the cell holds no amount or something that does not parse. */
    public static Optional<String> parse(String printed) {
        String normalised = normalise(printed);
        if (normalised.contains(",") && !GROUPED.matcher(normalised).matches()) {
            return Optional.empty();
        }
        normalised = normalised.replace(",", "");
        if (NUMBER.matcher(normalised).matches()) {
            return Optional.of(new BigDecimal(normalised).toPlainString());
        }
        return Optional.empty();
    }

    /** Looks like a number but does not parse as one (e.g. "1.2.3", "12,3,"): worth a quality warning. */
    public static boolean isMalformedNumber(String printed) {
        String text = fullWidthToAscii(printed).strip();
        return !text.isEmpty() && NUMERIC_LOOKING.matcher(text).matches() && parse(printed).isEmpty();
    }

    private static String normalise(String printed) {
        return Whitespace.removed(fullWidthToAscii(printed)).replace('−', '-');
    }

    static String fullWidthToAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else if (c == '－') {
                out.append('-');
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
