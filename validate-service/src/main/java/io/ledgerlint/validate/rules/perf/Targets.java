package io.ledgerlint.validate.rules.perf;

import io.ledgerlint.domain.text.Whitespace;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparing 年度指标值 with 实际完成值 (rules.md §7.3): "≥x", "x以上", "a-b" → at least; "≤x", "x以内", "低于x" → at
 * most; "x余" → more than x; a bare x is a floor, except for 成本 indicators where it is a ceiling. Only like units
 * compare, and a non-numeric actual value ("完成目标") is never judged here.
 */
final class Targets {

    /** A parsed value: comparator, number and unit ("" without one). */
    record Value(String comparator, BigDecimal number, String unit) {
    }

    private static final Pattern VALUE = Pattern.compile(
            "^(≥|≤|>|<|低于|不低于|不超过|高于)?(\\d+(?:\\.\\d+)?)(?:-\\d+(?:\\.\\d+)?)?(余)?(%|次|家|个|人|名|天|万元|万|条|篇|项|件|分|元)?(以上|以内|以下)?$");

    private Targets() {
    }

    static Optional<Value> parse(String text) {
        Matcher m = VALUE.matcher(Whitespace.removed(text).replaceAll("[%％]+", "%"));
        if (!m.matches()) {
            return Optional.empty();
        }
        String comparator = m.group(1) != null ? m.group(1) : m.group(3) != null ? ">" : "";
        if (m.group(5) != null) {
            comparator = m.group(5).equals("以上") ? "≥" : "≤";
        }
        String unit = m.group(4) == null ? "" : m.group(4).equals("万") ? "万元" : m.group(4);
        return Optional.of(new Value(comparator, new BigDecimal(m.group(2)), unit));
    }

    /** Whether {@code actual} misses {@code target}; empty when the two cannot be compared. */
    static Optional<Boolean> missed(String target, String actual, boolean costIndicator) {
        Optional<Value> t = parse(target);
        Optional<Value> a = parse(actual);
        if (t.isEmpty() || a.isEmpty() || !t.get().unit().equals(a.get().unit())) {
            return Optional.empty();
        }
        int cmp = a.get().number().compareTo(t.get().number());
        return Optional.of(switch (t.get().comparator()) {
            case "≤", "低于", "不超过", "<" -> cmp > 0;
            case ">" , "高于" -> cmp <= 0;
            case "≥", "不低于" -> cmp < 0;
            default -> costIndicator ? cmp > 0 : cmp < 0;
        });
    }
}
