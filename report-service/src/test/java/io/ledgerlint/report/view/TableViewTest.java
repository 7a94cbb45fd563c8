package io.ledgerlint.report.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.FindingsProduced.CellAddress;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableViewTest {

    /** Shaped like 公开01表: 收入 and 支出 side by side, each with its own 项目/行次/决算数 columns. */
    private static final Table OVERVIEW = new Table("01", "收入支出决算总表", "公开01表", null, "万元", 3, 3,
            List.of(cells("收入", "", "", "支出", "", ""), cells("项目", "行次", "决算数", "项目", "行次", "决算数")),
            List.of(cells("一、一般公共预算财政拨款收入", "1", "387.79", "一、一般公共服务支出", "14", "337.36"),
                    cells("二、政府性基金预算财政拨款收入", "2", "0.00", "二、外交支出", "15", "0.00")),
            List.of(), List.of(), null);

    private static List<Cell> cells(String... texts) {
        return Arrays.stream(texts).map(Cell::ofText).toList();
    }

    private static TableView view(Location... locations) {
        List<LocatedFinding> located = new ArrayList<>();
        for (int i = 0; i < locations.length; i++) {
            located.add(new LocatedFinding(new FindingRef(i + 1, "T01-TEST", "error"), locations[i]));
        }
        return TableView.of(OVERVIEW, located);
    }

    private static List<String> highlighted(TableView view) {
        List<String> hits = new ArrayList<>();
        for (int row = 0; row < view.rows().size(); row++) {
            for (int column = 0; column < view.rows().get(row).size(); column++) {
                if (view.rows().get(row).get(column).highlighted()) {
                    hits.add(row + ":" + column);
                }
            }
        }
        return hits;
    }

    /** A location naming a cell of {@code OVERVIEW} and addressing it on the grid (two header rows, then the body). */
    private static Location at(String row, String column, int gridRow, Integer gridColumn) {
        return Location.cell("01", row, column, 3, null).addressed(new CellAddress(gridRow, gridColumn, null, null));
    }

    @Test
    void highlightsTheCellAtTheLocationsAddress() {
        TableView view = view(
                at("14", "决算数", 2, 5),
                at("二、政府性基金预算财政拨款收入", "决算数", 3, 2));

        assertThat(highlighted(view)).containsExactlyInAnyOrder("0:5", "1:2");
    }

    @Test
    void searchesNoTextALocationWithoutAnAddressMarksNothing() {
        TableView view = view(Location.cell("01", "一、一般公共预算财政拨款收入", "决算数", 3, null));

        assertThat(highlighted(view)).isEmpty();
    }

    @Test
    void aCellNamedByTwoFindingsLinksToBothTheMostSeriousFirst() {
        LocatedFinding warning = new LocatedFinding(new FindingRef(1, "XT-A", "warning"),
                at("1", "决算数", 2, 2));
        LocatedFinding error = new LocatedFinding(new FindingRef(2, "T01-B", "error"),
                at("一、一般公共预算财政拨款收入", "决算数", 2, 2));

        CellView cell = TableView.of(OVERVIEW, List.of(warning, error)).rows().get(0).get(2);

        assertThat(cell.findings()).extracting(FindingRef::anchor).containsExactly("f2", "f1");
        assertThat(cell.severity()).isEqualTo("error");
        assertThat(cell.id()).isEqualTo("c-01-0-2");
    }

    @Test
    void highlightsTheWholeRowWhenTheAddressNamesARow() {
        TableView view = view(at("1", "不存在的列", 2, null));

        assertThat(highlighted(view)).containsExactly("0:0", "0:1", "0:2", "0:3", "0:4", "0:5");
    }

    @Test
    void ignoresLocationsOfOtherTablesAndNarrativeSections() {
        TableView view = view(
                Location.cell("02", "1", "决算数", 5, null).addressed(new CellAddress(2, 2, null, null)),
                Location.text("一、收入支出决算总体情况说明", "收入387.79万元", 7));

        assertThat(highlighted(view)).isEmpty();
        assertThat(view.headerRows().get(1).get(2).text()).isEqualTo("决算数");
    }
}
