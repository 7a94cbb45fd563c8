package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.narrative.Narrative;
import io.ledgerlint.validate.narrative.Statement;
import io.ledgerlint.validate.narrative.ThreePublicClaim;
import io.ledgerlint.validate.narrative.Topics;
import io.ledgerlint.validate.table.Labels;
import io.ledgerlint.validate.table.TableRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pairs each amount of the 第三部分 with the table cell it restates (rules.md NAR-AMOUNT mapping): totals to T01/T04,
 * the 收入 and 支出 breakdowns to the T02/T03 合计 rows, 财政拨款支出 and its 类 to T05/T04, 人员/公用经费 to T06,
 * 三公 to T09. An amount whose label fits no mapping is left alone.
 */
final class StatedAmounts {

    /** A narrative amount and the cell it restates. */
    record Pair(Statement statement, TableFigure figure) {
    }

    /** A 三公 figure and the T09 cell it restates. */
    record ThreePublicPair(ThreePublicClaim claim, TableFigure figure) {
    }

    private static final Pattern FUND_NAMES = Pattern.compile("一般公共预算|政府性基金预算|国有资本经营预算");
    private static final Pattern CHANGE_WORD_AT_END = Pattern.compile(".*(增加|减少|增长|下降|降低|上升)$");
    private static final Pattern TRAILING_SPENDING = Pattern.compile("(?:支出)+(?:为|共计)?$");
    private static final String[] INCOME = {"财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"};
    private static final String[] SPENDING = {"基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"};

    private StatedAmounts() {
    }

    static List<Pair> pairs(ValidationContext context) {
        Narrative narrative = NarrativeOf.document(context);
        List<Pair> pairs = new ArrayList<>();
        for (Statement s : narrative.statements()) {
            if (Narrative.inSelfEvaluationReport(s.sentence()) || isComparative(s.amount().label())) {
                continue;
            }
            figureFor(context, s).ifPresent(f -> pairs.add(new Pair(s, f)));
        }
        return pairs;
    }

    static List<ThreePublicPair> threePublicPairs(ValidationContext context) {
        List<ThreePublicPair> pairs = new ArrayList<>();
        for (ThreePublicClaim c : NarrativeOf.document(context).threePublic()) {
            int lanci = c.item().ordinal() + 1 + (c.budget() ? 0 : 6);
            TableFigure.threePublic(context, lanci).ifPresent(f -> pairs.add(new ThreePublicPair(c, f)));
        }
        return pairs;
    }

    /** A budget, prior-year or change figure; the fund names 一般公共预算 etc. do not make an actual figure a budget. */
    private static boolean isComparative(String label) {
        String withoutFundNames = FUND_NAMES.matcher(label).replaceAll("");
        return withoutFundNames.contains("预算") || label.contains("上年")
                || CHANGE_WORD_AT_END.matcher(label).matches()
                || label.contains("比") || label.contains("较");
    }

    private static Optional<TableFigure> figureFor(ValidationContext context, Statement s) {
        String label = s.amount().label();
        String section = s.sentence().section();
        boolean fiscal = label.contains("财政拨款") || s.topic().contains("财政拨款");
        if (label.contains("收、支总计") || label.contains("收支总计")) {
            return fiscal ? TableFigure.cell(context, "04", "总计", 1) : TableFigure.cell(context, "01", "总计", 1);
        }
        if (label.endsWith("收入合计") && !fiscal) {
            return TableFigure.cell(context, "01", "本年收入合计", 1);
        }
        if (label.endsWith("支出合计") && !fiscal) {
            return TableFigure.cell(context, "03", "合计", 1);
        }
        if (section.contains("收入决算") && !section.contains("财政拨款")) {
            return column(context, "02", INCOME, label, 2);
        }
        if (section.contains("支出决算") && !section.contains("财政拨款")) {
            return column(context, "03", SPENDING, label, 2);
        }
        if (section.contains("基本支出")) {
            if (label.contains("人员经费")) {
                return TableFigure.detail(context, "人员经费合计");
            }
            if (label.contains("公用经费")) {
                return TableFigure.detail(context, "公用经费合计");
            }
            return label.contains("基本支出") ? TableFigure.cell(context, "05", "合计", 2) : Optional.empty();
        }
        if (section.contains("一般公共预算") && !label.contains("（项）")) {
            Optional<TableFigure> category = category(context, label);
            if (category.isPresent()) {
                return category;
            }
            String name = Topics.stripVerbs(label).isEmpty() ? s.topic() : Topics.stripVerbs(label);
            return name.equals("财政拨款") || name.equals("一般公共预算财政拨款")
                    ? TableFigure.cell(context, "05", "合计", 1) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The 合计 row cell of the column whose name the label ends with. */
    private static Optional<TableFigure> column(ValidationContext context, String table, String[] names, String label,
                                                int firstLanci) {
        for (int i = 0; i < names.length; i++) {
            if (label.endsWith(names[i]) || label.endsWith(names[i] + "为")) {
                return TableFigure.cell(context, table, "合计", firstLanci + i);
            }
        }
        return Optional.empty();
    }

    /** "一般公共服务（类）支出" → the T04 类 row 一般公共服务支出, 栏次 3 (一般公共预算财政拨款). */
    private static Optional<TableFigure> category(ValidationContext context, String label) {
        String name = className(label);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        TableRow row = classRowsByName(context).get(name);
        return row == null ? Optional.empty() : TableFigure.row(row, 3);
    }

    /** T04's 类 rows by {@link #className}, the first of each name; looked up for every amount, so built once. */
    static Map<String, TableRow> classRowsByName(ValidationContext context) {
        return context.derived(StatedAmounts.class, c -> {
            Map<String, TableRow> byName = new LinkedHashMap<>();
            TableFigure.classRows(c).forEach(row -> byName.putIfAbsent(className(row.label()), row));
            return byName;
        });
    }

    static String className(String label) {
        return TRAILING_SPENDING.matcher(Labels.normalise(label).replace("（类）", "")).replaceAll("");
    }
}
