package io.ledgerlint.domain.table;

import static io.ledgerlint.contracts.events.TablesExtracted.ColumnRole.AMOUNT;
import static io.ledgerlint.contracts.events.TablesExtracted.ColumnRole.CODE;
import static io.ledgerlint.contracts.events.TablesExtracted.ColumnRole.LABEL;
import static io.ledgerlint.contracts.events.TablesExtracted.ColumnRole.PERCENT;
import static io.ledgerlint.contracts.events.TablesExtracted.ColumnRole.ROW_NUMBER;
import static io.ledgerlint.contracts.events.TablesExtracted.ColumnRole.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Column;
import io.ledgerlint.contracts.events.TablesExtracted.ColumnRole;
import io.ledgerlint.contracts.events.TablesExtracted.Merge;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classifier on hand-built tables, written a row per string with cells separated by "|". */
class TableLayoutTest {

    private static final List<String> T02_HEADER = List.of(
            "项 目||本年收入合计|财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入",
            "功能分类科目编码|科目名称|||||||");
    private static final List<String> T02_BODY = List.of(
            "合计||387.79|387.79|0.00|0.00|0.00|0.00|0.00",
            "2010301|行政运行|168.07|168.07|0.00|0.00|0.00|0.00|0.00",
            "2010302|一般行政管理事务|169.30|169.30|0.00|0.00|0.00|0.00|0.00",
            "2210201|住房公积金|50.42|50.42|0.00|0.00|0.00|0.00|0.00");
    /** 项目 spans the code and name columns; each income heading spans its two header rows. */
    private static final List<Merge> T02_MERGES = List.of(new Merge(0, 0, 1, 2), new Merge(0, 2, 2, 1),
            new Merge(0, 3, 2, 1));

    @Test
    void aPrintedLanciRowNumbersTheAmountColumns() {
        TableLayout layout = TableLayout.classify("02", grid(withLanciRow(T02_HEADER, "栏次||1|2|3|4|5|6|7"), T02_BODY),
                3, T02_MERGES);

        assertThat(layout.bodyStart()).isEqualTo(3);
        assertThat(roles(layout)).containsExactly(CODE, LABEL, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT);
        assertThat(lanci(layout)).containsExactly(null, null, 1, 2, 3, 4, 5, 6, 7);
        assertThat(layout.columns()).filteredOn(c -> c.lanci() != null).allMatch(Column::lanciPrinted);
        assertThat(layout.lanciInferred()).isFalse();
        assertThat(layout.columns().get(1).header()).containsExactly("项目", "科目名称");
        assertThat(layout.columns().get(3).header()).containsExactly("财政拨款收入");
    }

    @Test
    void withoutItsLanciRowAStandardTableGetsTheSameLanciInferred() {
        TableLayout printed = TableLayout.classify("02", grid(withLanciRow(T02_HEADER, "栏次||1|2|3|4|5|6|7"),
                T02_BODY), 3, T02_MERGES);
        TableLayout inferred = TableLayout.classify("02", grid(T02_HEADER, T02_BODY), 2, T02_MERGES);

        assertThat(roles(inferred)).isEqualTo(roles(printed));
        assertThat(lanci(inferred)).isEqualTo(lanci(printed));
        assertThat(inferred.columns()).filteredOn(c -> c.lanci() != null).noneMatch(Column::lanciPrinted);
        assertThat(inferred.lanciInferred()).isTrue();
    }

    /** Under 收入/支出 alone the 行次 column sounds like an amount; its 1, 2, 3 … say otherwise. */
    @Test
    void aColumnOfRowNumbersIs行次EvenWithoutItsHeaderAndWhereEmptyAmountsArePrinted0() {
        TableLayout layout = TableLayout.classify("01", grid(
                List.of("收入|||支出||", "项目||决算数|项目||决算数"),
                List.of("一、一般公共预算财政拨款收入|1|387.79|一、一般公共服务支出|14|337.36",
                        "二、政府性基金预算财政拨款收入|2|0|二、外交支出|15|0",
                        "三、国有资本经营预算财政拨款收入|3|0|三、国防支出|16|0",
                        "四、上级补助收入|4|0|四、公共安全支出|17|0",
                        "|5||八、社会保障和就业支出|21|50.43",
                        "本年收入合计|10|387.79|本年支出合计|23|387.79")), 2,
                List.of(new Merge(0, 0, 1, 3), new Merge(0, 3, 1, 3)));

        assertThat(roles(layout)).containsExactly(LABEL, ROW_NUMBER, AMOUNT, LABEL, ROW_NUMBER, AMOUNT);
        assertThat(lanci(layout)).containsExactly(null, null, 1, null, null, 2);
    }

    @Test
    void a行次HeaderMakesARowNumberColumnAndIntegerAmountsStayAmounts() {
        TableLayout layout = TableLayout.classify("01", grid(
                List.of("项目|行次|决算数", "栏次||1"),
                List.of("一、一般公共预算财政拨款收入|1|387.79", "二、政府性基金预算财政拨款收入|2|", "总计|3|387.79")),
                2, List.of());
        assertThat(roles(layout)).containsExactly(LABEL, ROW_NUMBER, AMOUNT);

        TableLayout amounts = TableLayout.classify("05", grid(List.of("科目编码|科目名称|小计"),
                List.of("2010301|行政运行|1", "2010302|一般行政管理事务|3", "2080505|养老保险缴费|8")), 1, List.of());
        assertThat(roles(amounts)).containsExactly(CODE, LABEL, AMOUNT);
    }

    @Test
    void t09PrintedWithoutItsLanciRowGetsLanci1To12() {
        TableLayout layout = TableLayout.classify("09", grid(
                List.of("预算数||||||决算数|||||",
                        "合计|因公出国（境）费|公务用车购置及运行维护费|||公务接待费|合计|因公出国（境）费|公务用车购置及运行维护费|||公务接待费",
                        "||小计|公务用车购置费|公务用车运行维护费||||小计|公务用车购置费|公务用车运行维护费|"),
                List.of("136.85|49.98|85.75||85.75|1.12|136.85|49.98|85.75||85.75|1.12")), 3,
                List.of(new Merge(0, 0, 1, 6), new Merge(0, 6, 1, 6), new Merge(1, 2, 1, 3), new Merge(1, 8, 1, 3)));

        assertThat(roles(layout)).containsOnly(AMOUNT).hasSize(12);
        assertThat(lanci(layout)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(layout.lanciInferred()).isTrue();
        assertThat(layout.columns().get(9).header()).containsExactly("决算数", "公务用车购置及运行维护费", "公务用车购置费");
    }

    /** Numbering a grid the extraction garbled would put a wrong column under every 栏次: better no 栏次 at all. */
    @Test
    void aGridThatIsNotItsTemplateGetsNoInferredLanci() {
        List<String> header = List.of("科目编码|科目名称|小计|基本支出|项目支出");
        List<String> body = List.of("|合计|387.79|218.50|169.29", "2010301|行政运行|168.07|168.07|0");
        assertThat(lanci(TableLayout.classify("05", grid(header, body), 1, List.of())))
                .as("the template's three amount columns").containsExactly(null, null, 1, 2, 3);

        List<String> twoColumnsRunTogether = List.of("|合计|387.79 218.50|169.29|", "2010301|行政运行|168.07 168.07|0|");
        assertThat(lanci(TableLayout.classify("05", grid(header, twoColumnsRunTogether), 1, List.of())))
                .containsOnlyNulls();

        List<String> oneAmountColumnLost = List.of("|合计|387.79|218.50", "2010301|行政运行|168.07|168.07");
        assertThat(lanci(TableLayout.classify("05", grid(List.of("科目编码|科目名称|小计|基本支出"),
                oneAmountColumnLost), 1, List.of()))).containsOnlyNulls();

        List<String> unreadableLanciRow = new ArrayList<>(List.of("栏次||3|2|1"));
        unreadableLanciRow.addAll(body);
        assertThat(lanci(TableLayout.classify("05", grid(header, unreadableLanciRow), 1, List.of())))
                .containsOnlyNulls();
    }

    @Test
    void t06WhoseTemplateHasNoLanciRowGetsNone() {
        TableLayout layout = TableLayout.classify("06", grid(
                List.of("科目代码|科目名称|决算数|科目代码|科目名称|决算数"),
                List.of("301|工资福利支出|177.5|302|商品和服务支出|33.3", "30101|基本工资|50.04|30201|办公费|4.29",
                        "人员经费合计||177.5|公用经费合计||40.9")), 1, List.of());

        assertThat(roles(layout)).containsExactly(CODE, LABEL, AMOUNT, CODE, LABEL, AMOUNT);
        assertThat(lanci(layout)).containsOnlyNulls();
        assertThat(layout.lanciInferred()).isFalse();
    }

    @Test
    void aRemarksColumnIsTextNotALabel() {
        TableLayout layout = TableLayout.classify("other-1", grid(List.of("项目|金额|备注"),
                List.of("办公费|4.29|含印刷", "差旅费|2.00|")), 1, List.of());

        assertThat(roles(layout)).containsExactly(LABEL, AMOUNT, TEXT);
    }

    @Test
    void contentDecidesWhereTheHeaderSaysNothing() {
        TableLayout layout = TableLayout.classify("other-1", grid(List.of(),
                List.of("201|一般公共服务支出|10.00|50%", "208|社会保障和就业支出|10.00|50%", "合计||20.00|100%")),
                0, List.of());

        assertThat(roles(layout)).containsExactly(CODE, LABEL, AMOUNT, PERCENT);
        assertThat(lanci(layout)).containsOnlyNulls();
    }

    @Test
    void aTableCarryingItsColumnsIsTakenAsStampedAndAnOlderOneIsClassified() {
        List<List<Cell>> header = Grids.rows(List.of("项目|行次|决算数"));
        List<List<Cell>> body = Grids.rows(List.of("栏次||1", "一、一般公共预算财政拨款收入|1|387.79", "二、事业收入|2|",
                "总计|3|387.79"));
        Table older = new Table("01", null, null, null, null, 1, 1, header, body, List.of(), List.of(), null);

        TableLayout classified = TableLayout.of(older);
        assertThat(classified.bodyStart()).as("the 栏次 row sent as a body row still ends the header").isEqualTo(2);
        assertThat(roles(classified)).containsExactly(LABEL, ROW_NUMBER, AMOUNT);

        List<Column> stamped = List.of(new Column(0, LABEL, null, false, List.of()),
                new Column(1, AMOUNT, 1, true, List.of()), new Column(2, AMOUNT, 2, true, List.of()));
        TableLayout carried = TableLayout.of(new Table("01", null, null, null, null, 1, 1, header, body, List.of(),
                List.of(), null, stamped));
        assertThat(carried.columns()).isEqualTo(stamped);
        assertThat(carried.bodyStart()).isEqualTo(1);
    }

    private static List<List<Cell>> grid(List<String> header, List<String> body) {
        List<List<Cell>> grid = new ArrayList<>(Grids.rows(header));
        grid.addAll(Grids.rows(body));
        return grid;
    }

    private static List<String> withLanciRow(List<String> header, String lanciRow) {
        List<String> rows = new ArrayList<>(header);
        rows.add(lanciRow);
        return rows;
    }

    private static List<ColumnRole> roles(TableLayout layout) {
        return layout.columns().stream().map(Column::role).toList();
    }

    private static List<Integer> lanci(TableLayout layout) {
        return layout.columns().stream().map(Column::lanci).toList();
    }
}
