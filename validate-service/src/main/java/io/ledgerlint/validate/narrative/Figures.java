package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers printed in canonical narrative text: amounts with their unit and the label before them, percentages. */
public final class Figures {

    /** An amount in 万元 (元 converted). {@code label} is the clause text before the number, up to the last delimiter. */
    public record Amount(String label, BigDecimal value, int start, int end) {
    }

    /** A printed percentage; {@code value.scale()} is the number of decimals printed. */
    public record Percent(BigDecimal value, int start, int end) {
    }

    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)(万元|元)(?![/／])");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");
    private static final String LABEL_STOPS = "，。；：、！？\n";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Figures() {
    }

    public static List<Amount> amounts(String text) {
        List<Amount> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && (Character.isDigit(text.charAt(m.start() - 1)) || text.charAt(m.start() - 1) == '.')) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1));
            if (m.group(2).equals("元")) {
                value = value.divide(TEN_THOUSAND);
            }
            out.add(new Amount(labelBefore(text, m.start()), value, m.start(), m.end()));
        }
        return out;
    }

    public static List<Percent> percents(String text) {
        List<Percent> out = new ArrayList<>();
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            out.add(new Percent(new BigDecimal(m.group(1)), m.start(), m.end()));
        }
        return out;
    }

    /** The text between the last clause delimiter before {@code end} and {@code end}. */
    public static String labelBefore(String text, int end) {
        int start = end;
        while (start > 0 && LABEL_STOPS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return text.substring(start, end);
    }

    /** A plain decimal such as "387.79", "5487.18" or "100%" (percent sign dropped); null if the text is not one. */
    public static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        String t = NarrativeText.normalise(text).replace("%", "");
        if (!t.matches("\\d+(?:\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(t);
    }
}
