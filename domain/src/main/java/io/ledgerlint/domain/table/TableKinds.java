package io.ledgerlint.domain.table;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which table a caption names (the nine standard 公开表 by label or title, the 绩效 attachments by title), and what
 * each standard table's template prints.
 */
public final class TableKinds {

    private static final Pattern LABEL = Pattern.compile("公开0?([1-9])表");
    private static final Pattern STANDARD_ID = Pattern.compile("0[1-9]");
    /** 栏次 per standard table (rules.md §5): T01 收入 c1 | 支出 c2, T04 c1 | c2–c5, T09 预算数 c1–c6 | 决算数 c7–c12. */
    private static final Map<String, Integer> LANCI_COUNTS = Map.of("01", 2, "02", 7, "03", 6, "04", 5, "05", 3,
            "07", 6, "08", 3, "09", 12);

    /** Standard titles, longest first: "收入支出决算总表" is part of "财政拨款收入支出决算总表". */
    private static final List<Map.Entry<String, String>> STANDARD_TITLES = List.of(
            Map.entry("收入支出决算总表", "01"),
            Map.entry("收入决算表", "02"),
            Map.entry("支出决算表", "03"),
            Map.entry("财政拨款收入支出决算总表", "04"),
            Map.entry("一般公共预算财政拨款支出决算表", "05"),
            Map.entry("一般公共预算财政拨款基本支出决算明细表", "06"),
            Map.entry("一般公共预算财政拨款基本支出决算表", "06"),
            Map.entry("政府性基金预算财政拨款收入支出决算表", "07"),
            Map.entry("国有资本经营预算财政拨款支出决算表", "08"),
            Map.entry("财政拨款“三公”经费支出决算表", "09"),
            Map.entry("财政拨款\"三公\"经费支出决算表", "09"),
            Map.entry("财政拨款三公经费支出决算表", "09"))
            .stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
            .toList();

    /** Attachment kinds by a phrase of their title: id prefix. */
    private static final List<Map.Entry<String, String>> ATTACHMENTS = List.of(
            Map.entry("整体支出绩效自评表", "perf-overall"),
            Map.entry("项目支出绩效自评表", "perf-project"),
            Map.entry("基础数据表", "perf-basic-data"));

    private TableKinds() {
    }

    /** The id of the standard table a 公开0x表 label names. */
    public static Optional<String> fromLabel(String compactText) {
        Matcher matcher = LABEL.matcher(compactText);
        return matcher.find() ? Optional.of("0" + matcher.group(1)) : Optional.empty();
    }

    /** The 公开0x表 label as printed (whitespace removed), if the text holds one. */
    public static Optional<String> labelIn(String compactText) {
        Matcher matcher = LABEL.matcher(compactText);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    /** A caption line longer than this is prose, not a title. */
    private static final int MAX_TITLE_LENGTH = 48;

    /** The standard table whose title the caption line holds (possibly after a year or unit name). */
    public static Optional<String> fromStandardTitle(String compactText) {
        if (compactText.length() > MAX_TITLE_LENGTH) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> title : STANDARD_TITLES) {
            if (compactText.contains(title.getKey())) {
                return Optional.of(title.getValue());
            }
        }
        return Optional.empty();
    }

    /** The attachment id prefix ({@code perf-overall}, {@code perf-project}, {@code perf-basic-data}) a title names. */
    public static Optional<String> fromAttachmentTitle(String compactText) {
        if (compactText.length() > MAX_TITLE_LENGTH) {
            return Optional.empty();
        }
        return ATTACHMENTS.stream().filter(kind -> compactText.contains(kind.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }

    /** Whether {@code id} is one of the nine standard tables ({@code "01"}…{@code "09"}). */
    public static boolean isStandard(String id) {
        return id != null && STANDARD_ID.matcher(id).matches();
    }

    /**
     * Whether the table's template prints a 栏次 row: every standard table but 公开06表, whose three column groups
     * (科目编码, 科目名称, 决算数) carry no 栏次 (rules.md §5).
     */
    public static boolean printsLanciRow(String id) {
        return lanciCount(id) > 0;
    }

    /** How many 栏次 (amount columns) the table's template numbers, c1…cN of rules.md §5; 0 when it has no 栏次 row. */
    public static int lanciCount(String id) {
        return id == null ? 0 : LANCI_COUNTS.getOrDefault(id, 0);
    }
}
