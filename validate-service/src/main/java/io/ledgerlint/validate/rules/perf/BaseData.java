package io.ledgerlint.validate.rules.perf;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.domain.table.Amounts;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.narrative.NarrativeText;
import io.ledgerlint.validate.table.TableView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 整体支出绩效评价基础数据表: head-counts and its 经费控制情况 rows, each with the figures of the year columns its
 * header names (上年决算, 本年预算, 本年决算), taken in printed order.
 */
record BaseData(TableView view, BigDecimal staffQuota, BigDecimal staffActual, BigDecimal controlRate,
                Location headcountLocation, List<Row> rows) {

    /** One 经费 row; a figure the row does not print is null. */
    record Row(String label, BigDecimal priorActual, BigDecimal budget, BigDecimal actual, Location location) {
    }

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:万元|万)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

    static boolean isBaseData(TableView view) {
        return NarrativeText.normalise(view.table().title()).contains("基础数据");
    }

    static BaseData read(TableView view) {
        List<List<String>> grid = new ArrayList<>();
        for (List<Cell> row : view.grid()) {
            grid.add(row.stream().map(c -> NarrativeText.normalise(c.text())).toList());
        }
        BigDecimal quota = null;
        BigDecimal staff = null;
        BigDecimal rate = null;
        Location headcount = null;
        List<String> columns = List.of();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            List<String> cells = grid.get(r);
            if (cells.stream().anyMatch(c -> c.equals("编制数")) && r + 1 < grid.size()) {
                List<String> values = grid.get(r + 1).stream().filter(c -> !c.isEmpty()).toList();
                if (values.size() >= 3) {
                    quota = number(values.get(0));
                    staff = number(values.get(1));
                    rate = number(values.get(2).replace("%", ""));
                    headcount = Locations.gridRow(view, r + 1, "控制率");
                }
                continue;
            }
            if (cells.stream().filter(c -> c.contains("决算数") || c.contains("预算数")).count() >= 2) {
                columns = cells.stream().filter(c -> c.contains("决算数") || c.contains("预算数")).toList();
                continue;
            }
            if (columns.isEmpty()) {
                continue;
            }
            List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
            if (filled.size() != columns.size() + 1 || filled.subList(1, filled.size()).stream()
                    .anyMatch(v -> number(v) == null && !Amounts.isBlank(v))) {
                continue;
            }
            BigDecimal prior = null;
            BigDecimal budget = null;
            BigDecimal actual = null;
            int latest = latestYear(columns);
            for (int i = 0; i < columns.size(); i++) {
                BigDecimal v = number(filled.get(i + 1));
                String column = columns.get(i);
                if (column.contains("预算")) {
                    budget = v;
                } else if (year(column) == latest) {
                    actual = v;
                } else {
                    prior = v;
                }
            }
            rows.add(new Row(filled.get(0), prior, budget, actual,
                    Locations.gridRow(view, r, filled.get(0))));
        }
        return new BaseData(view, quota, staff, rate, headcount, List.copyOf(rows));
    }

    Optional<Row> row(Predicate<String> label) {
        return rows.stream().filter(r -> label.test(r.label())).findFirst();
    }

    private static int latestYear(List<String> columns) {
        return columns.stream().mapToInt(BaseData::year).max().orElse(0);
    }

    private static int year(String column) {
        Matcher m = YEAR.matcher(column);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static BigDecimal number(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.matches() ? new BigDecimal(m.group(1)) : null;
    }
}
