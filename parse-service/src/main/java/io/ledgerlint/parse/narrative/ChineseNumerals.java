package io.ledgerlint.parse.narrative;

/** Values of the Chinese numerals that number headings: 一 … 九十九. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of {@code numeral}, or -1 when it is not a numeral below 100. */
    static int parse(String numeral) {
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? digit(numeral.charAt(0)) : -1;
        }
        if (ten != numeral.lastIndexOf('十') || numeral.length() > 3) {
            return -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(numeral.charAt(0)) : -1;
        int units = ten == numeral.length() - 1 ? 0 : numeral.length() - ten == 2 ? digit(numeral.charAt(ten + 1)) : -1;
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }

    private static int digit(char c) {
        int value = DIGITS.indexOf(c);
        return value > 0 ? value : -1;
    }
}
