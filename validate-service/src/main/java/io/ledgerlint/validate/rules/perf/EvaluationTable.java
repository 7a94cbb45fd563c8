package io.ledgerlint.validate.rules.perf;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.validate.narrative.NarrativeText;
import io.ledgerlint.validate.table.TableView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 绩效自评表 (整体 or 项目) read by labels, not positions: attachment grids are irregular (merged cells, wrapped
 * headers), so each line is recognised by its label cell and its figures are taken in printed order. The funds line's
 * figures are anchored on the 执行率 cell (the only one with %): before it 分值, before that the amounts
 * (年初, 全年, 执行 right-aligned), after it 得分. An indicator row's 分值 and 得分 are its last two plain numbers.
 */
record EvaluationTable(TableView view, String title, String project, FundsLine funds, List<FundsLine> components,
                       List<Indicator> indicators, List<GroupWeight> groups, Line total) {

    /** The 年度资金总额 line or one of its 其中 rows. Absent figures are null. */
    record FundsLine(String label, BigDecimal initial, BigDecimal fullYear, BigDecimal executed, BigDecimal weight,
                     BigDecimal rate, BigDecimal score, Location location) {
    }

    /** An indicator row; {@code complete} is false for a row that names an indicator but prints no 分值. */
    record Indicator(String group, String name, String target, String actual, BigDecimal weight, BigDecimal score,
                     String deviation, boolean complete, Location location) {
    }

    /** A heading weight such as "产出指标（40分）". */
    record GroupWeight(String group, BigDecimal weight, Location location) {
    }

    /** The 总分/合计 row. */
    record Line(BigDecimal weight, BigDecimal score, Location location) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");
    private static final Pattern GROUP = Pattern.compile("(产出|效益|满意度|成本)指标[（(](\\d+)分[)）]");
    private static final int MIN_CELLS_OF_AN_INDICATOR = 3;
    /** A 二级指标 wrapped inside its cell leaves "社会效" on one row and "益指标" on the next. */
    private static final int WRAPPED_LEVEL2 = 4;

    static boolean isEvaluationTable(TableView view) {
        String title = NarrativeText.normalise(view.table().title());
        return title.contains("自评表") && !title.contains("基础数据");
    }

    static EvaluationTable read(TableView view) {
        String project = null;
        FundsLine funds = null;
        List<FundsLine> components = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<GroupWeight> groups = new ArrayList<>();
        Line total = null;
        boolean inIndicators = false;
        String group = null;
        List<List<Cell>> grid = view.grid();
        for (int r = 0; r < grid.size(); r++) {
            List<String> cells = grid.get(r).stream().map(c -> NarrativeText.normalise(c.text())).toList();
            Location at = Location.cell(view.id(), String.join("", cells.stream().filter(c -> !c.isEmpty())
                    .limit(2).toList()), null, view.table().page(), null);
            if (project == null && cells.stream().anyMatch(c -> c.contains("项目支出名称") || c.contains("项目名称"))) {
                project = cells.stream().filter(c -> !c.isEmpty() && !c.contains("名称")).findFirst().orElse(null);
                continue;
            }
            for (String c : cells) {
                Matcher g = GROUP.matcher(c);
                if (g.find()) {
                    groups.add(new GroupWeight(g.group(1), new BigDecimal(g.group(2)), at));
                }
            }
            int labelAt = indexOf(cells, "年度资金总额");
            if (labelAt >= 0) {
                funds = fundsLine("年度资金总额", cells.subList(labelAt + 1, cells.size()), at);
                continue;
            }
            Optional<String> component = cells.stream()
                    .filter(c -> c.contains("当年财政拨款") || c.contains("上年结转") || c.equals("其他资金")).findFirst();
            if (component.isPresent() && !inIndicators) {
                int i = cells.indexOf(component.get());
                FundsLine line = fundsLine(component.get(), cells.subList(i + 1, cells.size()), at);
                if (line.executed() != null || line.fullYear() != null) {
                    components.add(line);
                }
                continue;
            }
            if (cells.stream().anyMatch(c -> c.contains("一级指标") || c.contains("三级指标"))) {
                inIndicators = true;
                continue;
            }
            if (!inIndicators) {
                continue;
            }
            List<BigDecimal> numbers = cells.stream().filter(c -> NUMBER.matcher(c).matches()).map(BigDecimal::new).toList();
            if (cells.stream().anyMatch(c -> c.equals("总分") || c.equals("合计"))) {
                if (numbers.size() >= 2) {
                    total = new Line(numbers.get(numbers.size() - 2), numbers.get(numbers.size() - 1), at);
                }
                continue;
            }
            String level2 = cells.stream().filter(c -> groupOf(c) != null).reduce((a, b) -> b).orElse(null);
            if (level2 != null) {
                group = groupOf(level2);
            }
            List<String> texts = cells.stream().filter(c -> !c.isEmpty() && !NUMBER.matcher(c).matches()
                    && !GROUP.matcher(c).find() && groupOf(c) == null).toList();
            if (numbers.isEmpty()) {
                if (texts.size() >= MIN_CELLS_OF_AN_INDICATOR) {
                    indicators.add(new Indicator(group, texts.get(0), texts.get(1), texts.get(2), null, null, null,
                            false, at));
                }
                continue;
            }
            String name = texts.isEmpty() ? "" : texts.get(0);
            String target = texts.size() > 1 ? texts.get(1) : "";
            String actual = texts.size() > 2 ? texts.get(2) : "";
            String deviation = texts.size() > 3 ? texts.get(texts.size() - 1) : "";
            BigDecimal weight = numbers.size() >= 2 ? numbers.get(numbers.size() - 2) : numbers.get(0);
            BigDecimal score = numbers.size() >= 2 ? numbers.get(numbers.size() - 1) : null;
            if (numbers.size() >= 4 && target.isEmpty()) {
                target = numbers.get(numbers.size() - 4).toPlainString();
                actual = numbers.get(numbers.size() - 3).toPlainString();
            } else if (numbers.size() == 3 && actual.isEmpty()) {
                actual = numbers.get(0).toPlainString();
            }
            indicators.add(new Indicator(group, name, target, actual, weight, score, deviation, true,
                    Location.cell(view.id(), name, null, view.table().page(), null)));
        }
        return new EvaluationTable(view, NarrativeText.normalise(view.table().title()), project, funds,
                List.copyOf(components), List.copyOf(indicators), List.copyOf(groups), total);
    }

    /** The indicator group a 二级指标 name belongs to (rules.md §6.6: 产出/效益/满意度/成本), or null. */
    static String groupOf(String level2) {
        boolean wrapped = level2.length() <= WRAPPED_LEVEL2 && level2.endsWith("效");
        if (!level2.endsWith("指标") && !wrapped && !level2.equals("服务对象")) {
            return null;
        }
        if (level2.contains("成本")) {
            return "成本";
        }
        if (level2.contains("满意") || level2.equals("服务对象")) {
            return "满意度";
        }
        if (level2.contains("数量") || level2.contains("质量") || level2.contains("时效")) {
            return "产出";
        }
        if (level2.contains("效益") || level2.contains("可持续") || wrapped) {
            return "效益";
        }
        return null;
    }

    private static int indexOf(List<String> cells, String label) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).contains(label)) {
                return i;
            }
        }
        return -1;
    }

    private static FundsLine fundsLine(String label, List<String> after, Location at) {
        List<String> values = after.stream().filter(c -> !c.isEmpty()).toList();
        int rateAt = -1;
        for (int i = 0; i < values.size(); i++) {
            if (PERCENT.matcher(values.get(i)).matches()) {
                rateAt = i;
                break;
            }
        }
        List<BigDecimal> amounts = new ArrayList<>();
        BigDecimal weight = null;
        BigDecimal rate = null;
        BigDecimal score = null;
        List<String> before = rateAt >= 0 ? values.subList(0, rateAt) : values;
        for (String v : before) {
            if (NUMBER.matcher(v).matches()) {
                amounts.add(new BigDecimal(v));
            }
        }
        if (rateAt >= 0) {
            Matcher m = PERCENT.matcher(values.get(rateAt));
            rate = m.matches() ? new BigDecimal(m.group(1)) : null;
            weight = amounts.isEmpty() ? null : amounts.remove(amounts.size() - 1);
            score = rateAt + 1 < values.size() && NUMBER.matcher(values.get(rateAt + 1)).matches()
                    ? new BigDecimal(values.get(rateAt + 1)) : null;
        }
        BigDecimal executed = amounts.size() >= 1 ? amounts.get(amounts.size() - 1) : null;
        BigDecimal fullYear = amounts.size() >= 2 ? amounts.get(amounts.size() - 2) : null;
        BigDecimal initial = amounts.size() >= 3 ? amounts.get(amounts.size() - 3) : null;
        return new FundsLine(label, initial, fullYear, executed, weight, rate, score, at);
    }

    /** The funds figures to check: the 年度资金总额 line, its amounts filled from the 其中 rows when it prints none. */
    Optional<FundsLine> effectiveFunds() {
        if (funds == null) {
            return Optional.empty();
        }
        if (funds.executed() != null || components.isEmpty()) {
            return Optional.of(funds);
        }
        return Optional.of(new FundsLine(funds.label(), sum(FundsLine::initial), sum(FundsLine::fullYear),
                sum(FundsLine::executed), funds.weight(), funds.rate(), funds.score(), funds.location()));
    }

    private BigDecimal sum(java.util.function.Function<FundsLine, BigDecimal> field) {
        List<BigDecimal> values = components.stream().map(field).filter(v -> v != null).toList();
        return values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether every indicator row prints its 分值 (an incomplete grid makes the sums meaningless). */
    boolean complete() {
        return indicators.stream().allMatch(Indicator::complete);
    }

    String name() {
        return project != null ? project : title;
    }
}
