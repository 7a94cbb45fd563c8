package io.ledgerlint.validate.rules.perf;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 一级 and 二级 indicator names of the 自评表 templates (rules.md §6.6), printed with or without the 指标 suffix
 * ("数量指标" / "数量", "效益指标（20分）" / "效益（20分）") and wrapped inside their cells ("经济效" / "益指标"). The
 * 一级 groups are 产出, 效益, 满意度 and 成本; 成本 is a 二级 of 产出 in the older template ("成本指标") and a 一级 of its
 * own, with 经济/社会/生态环境成本 below it, in the newer one.
 */
final class IndicatorNames {

    /** How a cell of the leading (一级/二级) columns of an indicator row reads. */
    enum Kind {
        /** Only a 一级 heading: 产出指标, a weighted heading "效益（20分）", a bare "（40分）", the 绩效指标 label. */
        LEVEL1,
        /** A name both levels use: 效益, 满意度, 成本 (with or without 指标). */
        EITHER,
        /** Only a 二级 name: 数量, 经济效益, 服务对象满意度, 经济成本… */
        LEVEL2,
        /** Anything else: the 三级 name, a value. */
        OTHER
    }

    static final String OUTPUT = "产出";
    static final String BENEFIT = "效益";
    static final String SATISFACTION = "满意度";
    static final String COST = "成本";

    /** A weighted 一级 heading: "产出指标（40分）", "满意度（10分）". */
    private static final Pattern HEADING = Pattern.compile("(产出|效益|满意度|成本)(?:指标)?[（(](\\d+(?:\\.\\d+)?)分[)）]");
    /** The weight of a heading wrapped away from its name: "（40分）". */
    private static final Pattern BARE_WEIGHT = Pattern.compile("^[（(]\\d+(?:\\.\\d+)?分[)）]$");
    private static final Set<String> LEVEL1_ONLY = Set.of("产出", "绩效指标");
    private static final Set<String> EITHER_NAMES = Set.of(BENEFIT, SATISFACTION, COST);
    private static final Set<String> OUTPUT_KINDS = Set.of("数量", "质量", "时效");
    private static final Set<String> BENEFIT_KINDS = Set.of("经济效益", "社会效益", "生态效益", "可持续影响", "可持续发展");
    private static final Set<String> SATISFACTION_KINDS = Set.of("服务对象满意度", "社会公众满意度", "群众满意度");
    private static final Set<String> COST_KINDS = Set.of("经济成本", "社会成本", "生态环境成本", "生态成本");
    /** A 二级 name wrapped in its cell leaves its head on one row: "经济效" / "益指标", "服务对象" / "满意度指标". */
    private static final int WRAPPED_HEAD = 4;

    private IndicatorNames() {
    }

    /** A weighted 一级 heading in the cell: its group and weight. */
    static Matcher heading(String cell) {
        return HEADING.matcher(cell);
    }

    static Kind kind(String cell) {
        if (cell.isEmpty()) {
            return Kind.OTHER;
        }
        if (HEADING.matcher(cell).matches() || BARE_WEIGHT.matcher(cell).matches()) {
            return Kind.LEVEL1;
        }
        String name = stem(cell);
        if (LEVEL1_ONLY.contains(name)) {
            return Kind.LEVEL1;
        }
        if (EITHER_NAMES.contains(name)) {
            return Kind.EITHER;
        }
        return groupOfLevel2(cell) != null || wrappedHead(cell) != null ? Kind.LEVEL2 : Kind.OTHER;
    }

    /** The 一级 group a 二级 (or shared) name belongs to by meaning, or null for a cell that names none. */
    static String groupOf(String cell) {
        String name = stem(cell);
        if (EITHER_NAMES.contains(name)) {
            return name;
        }
        String group = groupOfLevel2(cell);
        return group != null ? group : wrappedHead(cell);
    }

    /** Whether the 二级 name is the plain 成本指标 of the older template (a 二级 of 产出), not a kind of 成本. */
    static boolean plainCost(String level2) {
        return level2 != null && stem(level2).equals(COST);
    }

    /**
     * A short name (no 指标) must be one of the template's; a name with 指标 is read by its words, as templates word
     * them variously ("社会公众或服务对象满意度指标", "产出数量指标").
     */
    private static String groupOfLevel2(String cell) {
        String name = stem(cell);
        if (OUTPUT_KINDS.contains(name)) {
            return OUTPUT;
        }
        if (BENEFIT_KINDS.contains(name)) {
            return BENEFIT;
        }
        if (SATISFACTION_KINDS.contains(name)) {
            return SATISFACTION;
        }
        if (COST_KINDS.contains(name)) {
            return COST;
        }
        if (!cell.endsWith("指标") || name.contains("一级") || name.contains("二级") || name.contains("三级")) {
            return null;
        }
        if (name.contains(COST)) {
            return COST;
        }
        if (name.contains("满意")) {
            return SATISFACTION;
        }
        if (name.contains("数量") || name.contains("质量") || name.contains("时效")) {
            return OUTPUT;
        }
        return name.contains(BENEFIT) || name.contains("可持续") ? BENEFIT : null;
    }

    /** The group of a wrapped 二级 name's first line ("社会效", "服务对象"), or null. */
    private static String wrappedHead(String cell) {
        if (cell.length() > WRAPPED_HEAD) {
            return null;
        }
        if (cell.endsWith("效") && cell.length() >= 3) {
            return BENEFIT;
        }
        return cell.equals("服务对象") ? SATISFACTION : null;
    }

    /** The name without its 指标 suffix. */
    private static String stem(String cell) {
        return cell.endsWith("指标") ? cell.substring(0, cell.length() - 2) : cell;
    }
}
