package io.ledgerlint.parse.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Column;
import io.ledgerlint.contracts.events.TablesExtracted.ColumnRole;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.domain.table.TableLayout;
import io.ledgerlint.parse.budget.Budget;
import io.ledgerlint.parse.budget.BudgetExceeded;
import io.ledgerlint.parse.geometry.Glyph;
import io.ledgerlint.parse.geometry.PageGeometry;
import io.ledgerlint.parse.geometry.Ruling;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The extractor on synthetic pages: a grid of ruling lines and glyphs placed in it. */
class TableExtractorTest {

    /** Grid columns are this wide, the first starting at {@link #LEFT}. */
    private static final double COLUMN_WIDTH = 100;
    private static final double LEFT = 50;
    private static final double PAGE_HEIGHT = 800;

    @Test
    void identifiesTheTableByItsLabelAndReadsTheCaption() {
        PageBuilder page = new PageBuilder(1)
                .line("一般公共预算财政拨款支出决算表", 100, 40)
                .line("公开05表", 300, 60)
                .line("部门：某某局 单位：万元", 50, 80)
                .grid(100, List.of(
                        List.of("项目", "本年支出", ""),
                        List.of("栏次", "1", "2"),
                        List.of("合计", "10.00", "2,000.5")));
        Table table = new TableExtractor().extract(List.of(page.build())).get(0);
        assertThat(table.id()).isEqualTo("05");
        assertThat(table.label()).isEqualTo("公开05表");
        assertThat(table.department()).isEqualTo("某某局");
        assertThat(table.unit()).isEqualTo("万元");
        assertThat(texts(table.headerRows())).containsExactly(List.of("项目", "本年支出", ""),
                List.of("栏次", "1", "2"));
        assertThat(texts(table.rows())).containsExactly(List.of("合计", "10.00", "2,000.5"));
        Cell amount = table.rows().get(0).get(2);
        assertThat(amount.value()).isEqualTo("2000.5");
        assertThat(amount.page()).isEqualTo(1);
        assertThat(amount.box()).containsExactly(250, 140, 350, 160);
        assertThat(table.quality().glyphCoverage()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource({"部门：某某局, 某某局", "编制部门：某某局, 某某局", "填报单位：某某局, 某某局", "单位：某某局, 某某局",
            "单位：, ''"})
    void the部门LineIsReadUnderEachOfItsTemplateLabels(String printed, String department) {
        PageBuilder page = new PageBuilder(1)
                .line("公开05表", 300, 60)
                .line(printed, 50, 80).line("单位：万元", 300, 80)
                .grid(100, List.of(List.of("栏次", "1", "2"), List.of("合计", "10.00", "2.00")));
        Table table = new TableExtractor().extract(List.of(page.build())).get(0);
        assertThat(table.department()).isEqualTo(department);
        assertThat(table.unit()).isEqualTo("万元");
    }

    @Test
    void aBlank部门IsAnEmptyDepartmentNotAnUnknownOne() {
        PageBuilder page = new PageBuilder(1)
                .line("公开05表", 300, 60)
                .line("部门：", 50, 80).line("单位：万元", 300, 80)
                .grid(100, List.of(List.of("栏次", "1", "2"), List.of("合计", "10.00", "2.00")));
        assertThat(new TableExtractor().extract(List.of(page.build())).get(0).department()).isEmpty();
    }

    @Test
    void aTableContinuedOnTheNextPageIsOneTableWithoutItsRepeatedHeader() {
        List<List<String>> header = List.of(List.of("科目编码", "科目名称", "决算数"));
        PageBuilder first = new PageBuilder(1).line("公开06表", 100, 40);
        List<List<String>> rows = new ArrayList<>(header);
        for (int i = 0; i < 30; i++) {
            rows.add(List.of("301" + i, "工资", i + ".00"));
        }
        first.grid(100, rows);
        PageBuilder second = new PageBuilder(2).grid(60, List.of(header.get(0), List.of("399", "其他支出", "1.00")));
        List<Table> tables = new TableExtractor().extract(List.of(first.build(), second.build()));
        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.id()).isEqualTo("06");
        assertThat(table.page()).isEqualTo(1);
        assertThat(table.pageEnd()).isEqualTo(2);
        assertThat(table.headerRows()).hasSize(1);
        assertThat(table.rows()).hasSize(31);
        assertThat(texts(table.rows()).get(30)).containsExactly("399", "其他支出", "1.00");
    }

    @Test
    void passesTheCheckpointAfterEachPageAndStopsWhereItThrows() {
        List<PageGeometry> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            pages.add(new PageBuilder(page).line("收入决算表", 100, 40)
                    .grid(100, List.of(List.of("合计", "", "1.00"))).build());
        }
        AtomicInteger passed = new AtomicInteger();
        new TableExtractor().extract(pages, passed::incrementAndGet);
        assertThat(passed).hasValue(3);

        AtomicInteger reached = new AtomicInteger();
        assertThatThrownBy(() -> new TableExtractor().extract(pages, () -> {
            if (reached.incrementAndGet() == 2) {
                throw new BudgetExceeded(Budget.WALL_TIME_MILLIS, 1);
            }
        })).isInstanceOf(BudgetExceeded.class);
        assertThat(reached).as("no page read after the stop").hasValue(2);
    }

    @Test
    void aCaptionedTableOnTheNextPageIsANewTable() {
        PageBuilder first = new PageBuilder(1).line("收入决算表", 100, 40);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            rows.add(List.of("201", "支出", i + ".00"));
        }
        first.grid(100, rows);
        PageBuilder second = new PageBuilder(2).line("支出决算表", 100, 40)
                .grid(100, List.of(List.of("合计", "", "1.00")));
        assertThat(new TableExtractor().extract(List.of(first.build(), second.build())))
                .extracting(Table::id).containsExactly("02", "03");
    }

    @Test
    void aTitleWrappedOntoTwoLinesStillNamesTheTable() {
        PageBuilder page = new PageBuilder(1).line("国有资本经营预算财政拨款支出决算", 50, 40).line("表", 150, 55)
                .line("部门：某某局", 50, 80)
                .grid(100, List.of(List.of("项目", "本年支出", ""), List.of("合计", "", "")));
        Table table = new TableExtractor().extract(List.of(page.build())).get(0);

        assertThat(table.id()).isEqualTo("08");
        assertThat(table.title()).isEqualTo("国有资本经营预算财政拨款支出决算表");
    }

    @Test
    void notesEndWhereNarrativeOrTheNextCaptionBegins() {
        PageBuilder page = new PageBuilder(1).line("收入决算表", 100, 40)
                .grid(100, List.of(List.of("合计", "", "1.00"), List.of("201", "支出", "1.00")))
                .line("注：本表反映部门本年度取得的", 50, 175)
                .line("各项收入情况。", 50, 188)
                .line("二、支出决算情况说明", 50, 260)
                .line("支出决算表", 100, 300)
                .grid(320, List.of(List.of("合计", "", "1.00")));
        List<Table> tables = new TableExtractor().extract(List.of(page.build()));

        assertThat(tables).extracting(Table::id).containsExactly("02", "03");
        assertThat(tables.get(0).notes()).containsExactly("注：本表反映部门本年度取得的各项收入情况。");
        assertThat(tables.get(1).notes()).isEmpty();
    }

    @Test
    void aTableWithoutRulesIsReadFromTextAlignment() {
        PageBuilder page = new PageBuilder(1).line("公开05表", 300, 40).line("部门：某某局 单位：万元", 50, 60);
        String[][] rows = {{"科目编码", "科目名称", "合计"}, {"2010301", "行政运行", "168.07"},
                {"2010302", "一般行政管理事务", "169.30"}};
        double[] columns = {50, 150, 300};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) {
                page.line(rows[r][c], columns[c], 100 + 20 * r);
            }
        }
        page.line("注：本表无规则线。", 50, 170);
        List<Table> tables = new TableExtractor().extract(List.of(page.build()));

        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.id()).isEqualTo("05");
        assertThat(table.quality().method()).isEqualTo("stream");
        assertThat(texts(table.headerRows())).containsExactly(List.of("科目编码", "科目名称", "合计"));
        assertThat(texts(table.rows())).containsExactly(List.of("2010301", "行政运行", "168.07"),
                List.of("2010302", "一般行政管理事务", "169.30"));
        assertThat(table.rows().get(1).get(2).value()).isEqualTo("169.30");
        assertThat(table.notes()).containsExactly("注：本表无规则线。");
    }

    @Test
    void prosePrintedUnderATitleIsNoTable() {
        PageBuilder page = new PageBuilder(1).line("收入支出决算总表情况说明", 50, 40)
                .line("本年收入合计387.79万元，比上年增加。", 50, 60)
                .line("本年支出合计387.79万元。", 50, 80);
        assertThat(new TableExtractor().extract(List.of(page.build()))).isEmpty();
    }

    @Test
    void eachColumnIsStampedWithItsRoleAndLanciAnd行次AndCodesCarryNoValue() {
        PageBuilder page = new PageBuilder(1).line("收入支出决算总表", 100, 40).line("公开01表", 300, 60)
                .grid(100, List.of(
                        List.of("项 目", "行 次", "决算数"),
                        List.of("栏 次", "", "1"),
                        List.of("一、财政拨款收入", "1", "387.79"),
                        List.of("二、事业收入", "2", "0"),
                        List.of("总计", "3", "387.79")));
        Table table = new TableExtractor().extract(List.of(page.build())).get(0);

        assertThat(table.columns()).extracting(Column::role)
                .containsExactly(ColumnRole.LABEL, ColumnRole.ROW_NUMBER, ColumnRole.AMOUNT);
        assertThat(table.columns()).extracting(Column::lanci).containsExactly(null, null, 1);
        assertThat(table.columns().get(2).lanciPrinted()).isTrue();
        assertThat(table.columns().get(2).header()).containsExactly("决算数");
        assertThat(table.rows()).extracting(row -> row.get(1).value()).containsOnlyNulls();
        assertThat(table.rows()).extracting(row -> row.get(2).value()).containsExactly("387.79", "0", "387.79");
        assertThat(table.quality().warnings()).isEmpty();
    }

    @Test
    void aStandardTablePrintedWithoutItsLanciRowGetsItsLanciInferredAndSaysSo() {
        PageBuilder page = new PageBuilder(1).line("公开05表", 300, 40)
                .grid(100, List.of(
                        List.of("科目编码", "科目名称", "小计", "基本支出", "项目支出"),
                        List.of("2010301", "行政运行", "168.07", "168.07", "0"),
                        List.of("2010302", "一般行政管理", "169.30", "0", "169.30")));
        Table table = new TableExtractor().extract(List.of(page.build())).get(0);

        assertThat(table.headerRows()).hasSize(1);
        assertThat(table.columns()).extracting(Column::role).containsExactly(ColumnRole.CODE, ColumnRole.LABEL,
                ColumnRole.AMOUNT, ColumnRole.AMOUNT, ColumnRole.AMOUNT);
        assertThat(table.columns()).extracting(Column::lanci).containsExactly(null, null, 1, 2, 3);
        assertThat(table.columns().get(2).lanciPrinted()).isFalse();
        assertThat(table.rows()).extracting(row -> row.get(0).value()).containsOnlyNulls();
        assertThat(table.quality().warnings()).containsExactly(TableLayout.LANCI_INFERRED);
    }

    private static List<List<String>> texts(List<List<Cell>> rows) {
        return rows.stream().map(row -> row.stream().map(Cell::text).toList()).toList();
    }

    /** A page with caption lines and ruled grids of 20 pt rows and 100 pt columns, text written glyph by glyph. */
    private static final class PageBuilder {
        private final int page;
        private final List<Glyph> glyphs = new ArrayList<>();
        private final List<Ruling> rulings = new ArrayList<>();

        PageBuilder(int page) {
            this.page = page;
        }

        PageBuilder line(String text, double x, double baseline) {
            write(text, x, baseline);
            return this;
        }

        PageBuilder grid(double top, List<List<String>> rows) {
            double bottom = top + 20 * rows.size();
            int columns = rows.get(0).size();
            for (int r = 0; r <= rows.size(); r++) {
                rulings.add(new Ruling(true, top + 20 * r, LEFT, LEFT + COLUMN_WIDTH * columns));
            }
            for (int c = 0; c <= columns; c++) {
                rulings.add(new Ruling(false, LEFT + COLUMN_WIDTH * c, top, bottom));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    write(rows.get(r).get(c), LEFT + COLUMN_WIDTH * c + 4, top + 20 * r + 15);
                }
            }
            return this;
        }

        private void write(String text, double x, double baseline) {
            for (int i = 0; i < text.length(); i++) {
                double x0 = x + 10 * i;
                glyphs.add(new Glyph(String.valueOf(text.charAt(i)), x0, baseline - 10, x0 + 9, baseline));
            }
        }

        PageGeometry build() {
            return new PageGeometry(page, 600, PAGE_HEIGHT, glyphs, rulings);
        }
    }
}
