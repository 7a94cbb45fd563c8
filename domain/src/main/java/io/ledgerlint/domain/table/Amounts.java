package io.ledgerlint.domain.table;

import io.ledgerlint.domain.text.Whitespace;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount as printed in a table cell (rules.md §3.1): thousands separators and stray spaces
 * ("2,190.38", "5, 487. 18"), full-width digits and punctuation, a leading minus. Blank, "-", "—" and "无" print no
 * number and mean 0. Malformed text is reported, never guessed at, because a wrong amount spoils every sum it enters:
 * commas count only as thousands separators ("1,23.4" is not 123.4), and digits apart ("558.89 0", two cells run
 * together when the extraction missed a rule) are not one number.
 */
public final class Amounts {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern NUMERIC_LOOKING = Pattern.compile("[-\\d.,]*\\d[-\\d.,]*");
    private static final Pattern DIGITS_APART = Pattern.compile("\\d[\\s\\p{Z}]+\\d");
    /** What a cell prints for 0 without printing a number (compared in {@link #ascii} form: "－" is "-" by then). */
    /**
     * What a cell prints for 0 without printing a number (compared in {@link #ascii} form): nothing, 无, or a dash of
     * any width, one or several ("—", "——", and "⸺", U+2E3A, as one font's text layer gives "——").
     */
    private static final Pattern BLANK = Pattern.compile("[\\p{Pd}─━]*|无");

    private Amounts() {
    }

    /** The number printed, or empty when the cell prints none (blank, dash, 无, text, a malformed number). */
    public static Optional<BigDecimal> number(String printed) {
        String ascii = ascii(printed);
        if (DIGITS_APART.matcher(ascii).find()) {
            return Optional.empty();
        }
        String compact = Whitespace.removed(ascii);
        if (compact.contains(",")) {
            if (!GROUPED.matcher(compact).matches()) {
                return Optional.empty();
            }
            compact = compact.replace(",", "");
        }
        return NUMBER.matcher(compact).matches() ? Optional.of(new BigDecimal(compact)) : Optional.empty();
    }

    /** Whether the cell denotes 0 without printing a number: blank, a dash or 无. */
    public static boolean isBlank(String printed) {
        return BLANK.matcher(Whitespace.removed(ascii(printed))).matches();
    }

    /** Looks like a number but does not read as one (e.g. "1.2.3", "12,3,"): worth a quality warning. */
    public static boolean isMalformedNumber(String printed) {
        return NUMERIC_LOOKING.matcher(Whitespace.removed(ascii(printed))).matches() && number(printed).isEmpty();
    }

    /** Digits printed after the decimal point, e.g. 2 for "1,234.50"; 0 when the cell prints no number. */
    public static int decimals(String printed) {
        return number(printed).map(BigDecimal::scale).orElse(0);
    }

    /** Full-width digits, points, commas and minus signs as their ASCII forms; null reads as "". */
    private static String ascii(String printed) {
        String text = printed == null ? "" : printed;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．' || c == '。') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else if (c == '－' || c == '−') {
                out.append('-');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
