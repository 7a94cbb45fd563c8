package io.ledgerlint.validate.rules.xt;

import static io.ledgerlint.validate.rules.xt.CellRef.amount;
import static io.ledgerlint.validate.rules.xt.CellRef.of;
import static io.ledgerlint.validate.rules.xt.CellRelation.atMost;
import static io.ledgerlint.validate.rules.xt.CellRelation.equal;
import static io.ledgerlint.validate.rules.xt.CellRelation.sum;

import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.RuleProvider;
import java.util.List;
import java.util.Map;

/** The XT family: identities between tables (rules.md §6.4). */
public final class CrossTableRules implements RuleProvider {

    @Override
    public String family() {
        return "XT";
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                new Rule("XT-T02-T01-TOTAL",
                        new CellRelationsCheck(equal(of("02", "合计", 1), of("01", "本年收入合计", 1), Map.of()))),
                new Rule("XT-T02-T01-SOURCES", new CellRelationsCheck(
                        sum(of("02", "合计", 2), List.of(of("01", "一般公共预算财政拨款收入", 1),
                                of("01", "政府性基金预算财政拨款收入", 1), of("01", "国有资本经营预算财政拨款收入", 1)),
                                Map.of()),
                        equal(of("02", "合计", 3), of("01", "上级补助收入", 1), Map.of()),
                        equal(of("02", "合计", 4), of("01", "事业收入", 1), Map.of()),
                        equal(of("02", "合计", 5), of("01", "经营收入", 1), Map.of()),
                        equal(of("02", "合计", 6), of("01", "附属单位上缴收入", 1), Map.of()),
                        equal(of("02", "合计", 7), of("01", "其他收入", 1), Map.of()))),
                new Rule("XT-T03-T01-TOTAL",
                        new CellRelationsCheck(equal(of("03", "合计", 1), of("01", "本年支出合计", 2), Map.of()))),
                new Rule("XT-T03-T01-CLASS", new ClassTotalsCheck("01", 2, "03", 1)),
                new Rule("XT-T02-T03-ROWS", new CodeRowsCheck("02", "03", true, 1)),
                new Rule("XT-T04-T01-INCOME", new CellRelationsCheck(
                        equal(of("04", "一般公共预算财政拨款", 1), of("01", "一般公共预算财政拨款收入", 1), Map.of()),
                        equal(of("04", "政府性基金预算财政拨款", 1), of("01", "政府性基金预算财政拨款收入", 1), Map.of()),
                        equal(of("04", "国有资本经营预算财政拨款", 1), of("01", "国有资本经营预算财政拨款收入", 1),
                                Map.of()))),
                new Rule("XT-T04-T01-CLASS", new ClassLinesCheck()),
                new Rule("XT-T04-T01-CARRY", new CellRelationsCheck(
                        atMost(of("04", "年初财政拨款结转和结余", 1), of("01", "年初结转和结余", 1), Map.of()),
                        atMost(of("04", "年末财政拨款结转和结余", 2), of("01", "年末结转和结余", 2), Map.of()))),
                new Rule("XT-T04-T05", new ClassTotalsCheck("04", 3, "05", 1,
                        equal(of("04", "本年支出合计", 3), of("05", "合计", 1), Map.of()))),
                new Rule("XT-T04-T07", new CellRelationsCheck(
                        equal(of("04", "本年支出合计", 4), of("07", "合计", 3), Map.of()),
                        equal(of("04", "政府性基金预算财政拨款", 1), of("07", "合计", 2), Map.of()),
                        equal(of("04", "政府性基金预算财政拨款", 1).below("年初财政拨款结转和结余"), of("07", "合计", 1),
                                Map.of()),
                        equal(of("04", "年末财政拨款结转和结余", 4), of("07", "合计", 6), Map.of()))),
                new Rule("XT-T04-T08",
                        new CellRelationsCheck(equal(of("04", "本年支出合计", 5), of("08", "合计", 1), Map.of()))),
                new Rule("XT-T05-T03-ROWS", new CodeRowsCheck("05", "03", false, 1, 2, 3)),
                new Rule("XT-T05-T06-BASIC", new CellRelationsCheck(
                        sum(of("05", "合计", 2), List.of(amount("06", "人员经费合计"), amount("06", "公用经费合计")), Map.of()))),
                new Rule("XT-T06-T09-ABROAD", new ThreePublicItemCheck("30212", 8)),
                new Rule("XT-T06-T09-VEHICLE-BUY", new ThreePublicItemCheck("31013", 10)),
                new Rule("XT-T06-T09-VEHICLE-OPS", new ThreePublicItemCheck("30231", 11)),
                new Rule("XT-T06-T09-RECEPTION", new ThreePublicItemCheck("30217", 12)));
    }
}
