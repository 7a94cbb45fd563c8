package io.ledgerlint.validate.rules.perf;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.narrative.NarrativeText;
import io.ledgerlint.validate.table.TableView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 绩效自评表 (整体 or 项目) read by labels and meaning, not positions: attachment grids are irregular (merged cells,
 * wrapped headers, templates that name things differently), so each line is recognised by its label cell and its
 * figures are taken in printed order. The funds block: its header row names the columns, the 年度资金总额 line (or, where
 * 年度资金总额 heads the block, its 合计 line) and the 其中 rows (当年财政拨款, 上年结转, 其他资金) are read by
 * {@link FundsFigures}. An indicator row: its leading 一级/二级 cells are read by {@link IndicatorNames}, the next text
 * is its 三级 name, then 年度指标值, 实际完成值; its 分值 and 得分 are its last two plain numbers.
 */
record EvaluationTable(TableView view, String title, String project, FundsLine funds, List<FundsLine> components,
                       List<Indicator> indicators, List<GroupWeight> groups, Line total) {

    /** The 年度资金总额 line or one of its 其中 rows. Absent figures are null. */
    record FundsLine(String label, BigDecimal initial, BigDecimal fullYear, BigDecimal executed, BigDecimal weight,
                     BigDecimal rate, BigDecimal score, Location location) {

        boolean hasFigures() {
            return java.util.stream.Stream.of(initial, fullYear, executed, weight, rate, score).anyMatch(Objects::nonNull);
        }
    }

    /**
     * An indicator row; {@code complete} is false for a row that names an indicator but prints no 分值. {@code group}
     * is the 一级 group its 二级 name means (产出/效益/满意度/成本), {@code level2} that name as printed (null when the
     * row continues the 二级 of the row above).
     */
    record Indicator(String group, String level2, String name, String target, String actual, BigDecimal weight,
                     BigDecimal score, String deviation, boolean complete, Location location) {
    }

    /** A heading weight such as "产出指标（40分）". */
    record GroupWeight(String group, BigDecimal weight, Location location) {
    }

    /**
     * A heading weight against the 分值 of its rows: {@code sum} over the rows that surely belong to it; it holds when
     * that sum, or the sum with rows that may belong to it ({@code sumWithOptional}), equals the weight.
     */
    record GroupCheck(GroupWeight heading, BigDecimal sum, BigDecimal sumWithOptional) {

        boolean holds() {
            return sum.compareTo(heading.weight()) == 0 || sumWithOptional.compareTo(heading.weight()) == 0;
        }

        /** How much the heading's rows fall short of it (negative when they exceed it). */
        BigDecimal deficit() {
            return heading.weight().subtract(sum);
        }
    }

    /** The 总分/合计 row. */
    record Line(BigDecimal weight, BigDecimal score, Location location) {
    }

    private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final int MIN_CELLS_OF_AN_INDICATOR = 3;

    static boolean isEvaluationTable(TableView view) {
        String title = NarrativeText.normalise(view.table().title());
        return title.contains("自评表") && !title.contains("基础数据");
    }

    static EvaluationTable read(TableView view) {
        String project = null;
        FundsLine funds = null;
        FundsFigures.Header fundsHeader = FundsFigures.Header.NONE;
        List<FundsLine> components = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<GroupWeight> groups = new ArrayList<>();
        Line total = null;
        boolean inIndicators = false;
        String group = null;
        List<List<Cell>> grid = view.grid();
        for (int r = 0; r < grid.size(); r++) {
            List<String> cells = grid.get(r).stream().map(c -> NarrativeText.normalise(c.text())).toList();
            Location at = Locations.gridRow(view, r, String.join("", cells.stream().filter(c -> !c.isEmpty())
                    .limit(2).toList()));
            if (project == null && cells.stream().anyMatch(c -> c.contains("项目支出名称") || c.contains("项目名称"))) {
                project = cells.stream().filter(c -> !c.isEmpty() && !c.contains("名称")).findFirst().orElse(null);
                continue;
            }
            for (String c : cells) {
                Matcher g = IndicatorNames.heading(c);
                if (g.find()) {
                    groups.add(new GroupWeight(g.group(1), new BigDecimal(g.group(2)), at));
                }
            }
            if (!inIndicators) {
                FundsFigures.Header header = FundsFigures.header(cells);
                if (!header.isEmpty() && fundsHeader.isEmpty()) {
                    fundsHeader = header;
                    continue;
                }
                int componentAt = componentLabel(cells);
                if (componentAt >= 0) {
                    FundsLine line = fundsLine(cells.get(componentAt), cells, componentAt, fundsHeader, at);
                    if (line.executed() != null || line.fullYear() != null) {
                        components.add(line);
                    }
                    continue;
                }
                int totalAt = indexOf(cells, "年度资金总额");
                if (totalAt < 0 && (funds == null || !funds.hasFigures()) && !fundsHeader.isEmpty()) {
                    // 年度资金总额 printed as the block's heading, its figures on a 合计 line
                    totalAt = firstIndex(cells, c -> c.equals("合计") || c.equals("总计") || c.equals("小计"));
                }
                if (totalAt >= 0) {
                    FundsLine line = fundsLine("年度资金总额", cells, totalAt, fundsHeader, at);
                    if (funds == null || !funds.hasFigures()) {
                        funds = line;
                    }
                    continue;
                }
            }
            if (cells.stream().anyMatch(c -> c.contains("一级指标") || c.contains("三级指标"))) {
                inIndicators = true;
                continue;
            }
            if (!inIndicators) {
                continue;
            }
            List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
            List<BigDecimal> numbers = filled.stream().filter(c -> NUMBER.matcher(c).matches()).map(BigDecimal::new).toList();
            if (filled.stream().anyMatch(c -> c.equals("总分") || c.equals("合计") || c.equals("总计"))) {
                if (numbers.size() >= 2) {
                    total = new Line(numbers.get(numbers.size() - 2), numbers.get(numbers.size() - 1), at);
                }
                continue;
            }
            int nameAt = leadingNames(filled);
            String level2 = level2(filled.subList(0, nameAt));
            if (level2 != null) {
                group = IndicatorNames.groupOf(level2);
            }
            List<String> rest = filled.subList(nameAt, filled.size());
            List<String> texts = rest.stream().filter(c -> !NUMBER.matcher(c).matches()).toList();
            if (numbers.isEmpty()) {
                if (texts.size() >= MIN_CELLS_OF_AN_INDICATOR) {
                    indicators.add(new Indicator(group, level2, texts.get(0), texts.get(1), texts.get(2), null, null,
                            null, false, at));
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
            indicators.add(new Indicator(group, level2, name, target, actual, weight, score, deviation, true,
                    Locations.gridRow(view, r, name)));
        }
        return new EvaluationTable(view, NarrativeText.normalise(view.table().title()), project, funds,
                List.copyOf(components), List.copyOf(indicators), List.copyOf(groups), total);
    }

    /**
     * How many leading cells of an indicator row are 一级/二级 names. 一级-only cells (a weighted heading, 产出指标) are
     * skipped; a 二级-only name ends the run; of two names both levels use ("满意度", "服务对象满意度" aside, e.g.
     * "成本指标" then "经济成本"), the second is the 二级. The 三级 name is the first cell after the run.
     */
    private static int leadingNames(List<String> filled) {
        int i = 0;
        boolean either = false;
        while (i < filled.size()) {
            IndicatorNames.Kind kind = IndicatorNames.kind(filled.get(i));
            if (kind == IndicatorNames.Kind.LEVEL1) {
                i++;
            } else if (kind == IndicatorNames.Kind.EITHER && !either) {
                either = true;
                i++;
            } else if (kind == IndicatorNames.Kind.LEVEL2 || kind == IndicatorNames.Kind.EITHER) {
                return i + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    /** The 二级 name among a row's leading name cells: the last one that names a group. */
    private static String level2(List<String> names) {
        for (int i = names.size() - 1; i >= 0; i--) {
            if (IndicatorNames.kind(names.get(i)) != IndicatorNames.Kind.LEVEL1) {
                return names.get(i);
            }
        }
        return null;
    }

    /** The cell naming a 其中 row of the funds block (当年财政拨款, 上年结转资金, 其他资金), or -1. */
    private static int componentLabel(List<String> cells) {
        return firstIndex(cells, c -> {
            String label = c.startsWith("其中") ? c.substring(2).replaceFirst("^[：:]", "") : c;
            return label.contains("当年财政拨款") || label.contains("本年财政拨款") || label.startsWith("财政拨款")
                    || label.contains("上年结转") || label.startsWith("其他资金") && !label.contains("：");
        });
    }

    private static int indexOf(List<String> cells, String label) {
        return firstIndex(cells, c -> c.contains(label));
    }

    private static int firstIndex(List<String> cells, Predicate<String> test) {
        for (int i = 0; i < cells.size(); i++) {
            if (test.test(cells.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static FundsLine fundsLine(String label, List<String> cells, int labelAt, FundsFigures.Header header,
                                       Location at) {
        FundsFigures.Figures f = FundsFigures.read(cells.subList(labelAt + 1, cells.size()), header);
        return new FundsLine(label, f.initial(), f.fullYear(), f.executed(), f.weight(), f.rate(), f.score(), at);
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

    /**
     * Σ 分值 of the indicator rows and the funds line, when every row prints its 分值 and the funds line its own (an
     * incomplete grid makes the sum meaningless).
     */
    Optional<BigDecimal> weightSum() {
        if (!complete() || funds == null || funds.weight() == null || indicators.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(indicators.stream().map(Indicator::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).add(funds.weight()));
    }

    /** Whether the weights fail PERF-WEIGHT-SUM: their sum, or the printed 总分 分值, is not 100. */
    boolean weightSumFails() {
        return weightSum().map(sum -> sum.compareTo(FULL_MARKS) != 0
                || total != null && total.weight().compareTo(FULL_MARKS) != 0).orElse(false);
    }

    /**
     * Each heading weight against its rows, for headings some row belongs to. Rows belong to a heading by what their
     * 二级 name means. The templates differ in two places: 成本 is a 二级 of 产出 in the older one (its rows named plainly
     * "成本指标") and a 一级 of its own in the newer one (经济/社会/生态环境成本); 满意度 is a 二级 of 效益 in some. Without
     * a 成本 heading, plain 成本 rows count to 产出; without a 满意度 heading, 满意度 rows may or may not count to 效益.
     */
    List<GroupCheck> groupChecks() {
        boolean costHeading = groups.stream().anyMatch(g -> g.group().equals(IndicatorNames.COST));
        boolean satisfactionHeading = groups.stream().anyMatch(g -> g.group().equals(IndicatorNames.SATISFACTION));
        List<GroupCheck> checks = new ArrayList<>();
        for (GroupWeight g : groups) {
            List<Indicator> rows = new ArrayList<>();
            List<Indicator> optional = new ArrayList<>();
            for (Indicator i : indicators) {
                if (i.group() == null) {
                    continue;
                }
                boolean plainCost = i.group().equals(IndicatorNames.COST) && IndicatorNames.plainCost(i.level2());
                String member = plainCost && !costHeading ? IndicatorNames.OUTPUT : i.group();
                if (member.equals(g.group())) {
                    rows.add(i);
                } else if (g.group().equals(IndicatorNames.BENEFIT) && !satisfactionHeading
                        && member.equals(IndicatorNames.SATISFACTION)) {
                    optional.add(i);
                }
            }
            if (!rows.isEmpty()) {
                BigDecimal sum = weights(rows);
                checks.add(new GroupCheck(g, sum, sum.add(weights(optional))));
            }
        }
        return List.copyOf(checks);
    }

    /**
     * The failing heading checks when, together, they account for all of the weight sum's gap from 100: one cause
     * (rows missing under a heading) that PERF-WEIGHT-SUM reports, not PERF-GROUP-WEIGHT as well. Empty otherwise.
     */
    List<GroupCheck> groupChecksExplainingWeightSum() {
        if (!weightSumFails()) {
            return List.of();
        }
        List<GroupCheck> failing = groupChecks().stream().filter(c -> !c.holds()).toList();
        BigDecimal gap = FULL_MARKS.subtract(weightSum().orElseThrow());
        BigDecimal explained = failing.stream().map(GroupCheck::deficit).reduce(BigDecimal.ZERO, BigDecimal::add);
        return !failing.isEmpty() && explained.compareTo(gap) == 0 ? failing : List.of();
    }

    private static BigDecimal weights(List<Indicator> rows) {
        return rows.stream().map(Indicator::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
