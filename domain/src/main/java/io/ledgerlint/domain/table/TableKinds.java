package io.ledgerlint.domain.table;

import java.util.Arrays;
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
    /** Standard titles, longest first: "收入支出决算总表" is part of "财政拨款收入支出决算总表". */
    private static final List<Map.Entry<String, String>> STANDARD_TITLES = Arrays.stream(StandardTable.values())
            .flatMap(table -> table.titles().map(title -> Map.entry(title, table.id())))
            .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
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
        return StandardTable.byId(id).isPresent();
    }

    /**
     * Whether the table's template prints a 栏次 row: every standard table but 公开06表, whose three column groups
     * (科目编码, 科目名称, 决算数) carry no 栏次 (rules.md §5).
     */
    public static boolean printsLanciRow(String id) {
        return lanciCount(id) > 0;
    }

    /** How many 栏次 (amount columns) the table's template numbers; 0 when it has none or is no standard table. */
    public static int lanciCount(String id) {
        return StandardTable.byId(id).map(StandardTable::lanciCount).orElse(0);
    }
}
