package io.ledgerlint.validate.location;

import static io.ledgerlint.validate.fixtures.DocumentBuilder.document;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.FindingsProduced.CellAddress;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import org.junit.jupiter.api.Test;

class LocationsTest {

    private static TableView table(String id, ValidationContext context) {
        return context.table(id).orElseThrow();
    }

    @Test
    void aCellByItsLanciCarriesItsGridAddressWithLanciAndCode() {
        ValidationContext context = new ValidationContext(document().table("03")
                .header("科目编码", "科目名称", "合计", "基本支出", "项目支出")
                .header("栏次", "", "1", "2", "3")
                .row("201", "一般公共服务支出", "10.00", "6.00", "4.00")
                .row("20101", "人大事务", "10.00", "6.00", "4.00")
                .done().build());
        TableRow row = table("03", context).rowByCode("20101").orElseThrow();

        Location location = row.location(2);

        assertThat(location.table()).isEqualTo("03");
        assertThat(location.row()).isEqualTo("20101 人大事务");
        assertThat(location.column()).isEqualTo("c2 基本支出");
        assertThat(location.page()).isEqualTo(1);
        assertThat(location.address()).isEqualTo(new CellAddress(3, 3, 2, "20101"));
    }

    @Test
    void aFooterAmountMergedIntoTheNextGroupIsAddressedWhereItIsPrinted() {
        ValidationContext context = new ValidationContext(document().table("06")
                .header("科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数")
                .row("301", "工资福利支出", "5.00", "302", "商品和服务支出", "3.00")
                .row("", "人员经费合计", "5.00", "公用经费合计", "", "3.00")
                .done().build());
        TableRow footer = table("06", context).row("公用经费合计").orElseThrow();

        assertThat(footer.amount().amount()).isEqualByComparingTo("3.00");
        assertThat(footer.amountLocation().address()).isEqualTo(new CellAddress(2, 5, null, null));
    }

    @Test
    void partsOfATableThatAreNoGridCellHaveNoAddressAndAnUnknownPageIsNull() {
        ValidationContext context = new ValidationContext(document().table("09")
                .header("项目", "合计").row("因公出国（境）费", "0.00").done().build());
        TableView table = table("09", context);

        assertThat(Locations.part(table, null, "单位").address()).isNull();
        assertThat(Locations.table(table).page()).isEqualTo(1);
        assertThat(Locations.absent("05", null, 0).page()).isNull();
        assertThat(Locations.text("一、说明", "某句", 0)).isEqualTo(Location.text("一、说明", "某句", null));
    }

    @Test
    void aRowReadByPositionIsAddressedAsAWholeRow() {
        ValidationContext context = new ValidationContext(document().table("perf-overall")
                .header("项目", "内容").row("年度资金总额", "10").done().build());

        Location location = Locations.gridRow(table("perf-overall", context), 1, "年度资金总额");

        assertThat(location.address()).isEqualTo(CellAddress.ofRow(1, null));
        assertThat(location.column()).isNull();
    }
}
