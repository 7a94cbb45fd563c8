package io.ledgerlint.validate.rules.perf;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.narrative.BudgetItem;
import io.ledgerlint.validate.narrative.CompletionClaim;
import io.ledgerlint.validate.narrative.Decomposition;
import io.ledgerlint.validate.narrative.FundsFlow;
import io.ledgerlint.validate.narrative.LowExecutionClaim;
import io.ledgerlint.validate.narrative.Narrative;
import io.ledgerlint.validate.narrative.ScoreClaim;
import io.ledgerlint.validate.narrative.Sentence;
import io.ledgerlint.validate.narrative.Statement;
import io.ledgerlint.validate.rules.nar.NarrativeOf;
import io.ledgerlint.validate.rules.nar.TableFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** PERF rules between the 自评报告 / 第三部分 绩效 text and the 自评表 and 决算表. Repeated sentences report once. */
final class ReportChecks {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private ReportChecks() {
    }

    static void narrativeScore(ValidationContext context, FindingSink sink) {
        Attachments attachments = Attachments.of(context);
        Set<String> seen = new HashSet<>();
        for (ScoreClaim c : NarrativeOf.document(context).scores()) {
            Optional<EvaluationTable> table = c.overall() ? attachments.overall() : attachments.project(c.project());
            if (table.isEmpty() || table.get().total() == null || !seen.add(c.sentence().text())) {
                continue;
            }
            BigDecimal total = table.get().total().score();
            if (!ScoreTableChecks.scoreHolds(c.score(), total)) {
                sink.finding().at(c.sentence().location()).at(table.get().total().location())
                        .param("a", c.score()).param("b", total).expected(total).actual(c.score())
                        .formula(table.get().name() + " 总分").report();
            }
        }
    }

    static void grade(ValidationContext context, FindingSink sink) {
        for (ScoreClaim c : NarrativeOf.document(context).scores()) {
            if (c.grade() != null && !c.grade().equals(band(c.score()))) {
                sink.finding().at(c.sentence().location()).param("s", c.score()).param("g", band(c.score()))
                        .expected(band(c.score())).actual(c.grade()).report();
            }
        }
    }

    static String band(BigDecimal score) {
        return score.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优" : score.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良"
                : score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
    }

    /** 整体 全年预算数/执行数/完成率 in the text against the 整体支出绩效自评表; "执行率偏低" against a 100% table. */
    static void narrativeBudget(ValidationContext context, FindingSink sink) {
        Narrative narrative = NarrativeOf.document(context);
        Attachments attachments = Attachments.of(context);
        Set<String> seen = new HashSet<>();
        attachments.overall().flatMap(EvaluationTable::effectiveFunds).ifPresent(f -> {
            for (Statement s : narrative.statements()) {
                String label = s.amount().label();
                if (!s.sentence().text().contains("整体") || !seen.add(s.sentence().text() + label)) {
                    continue;
                }
                BigDecimal table = label.contains("全年预算") ? f.fullYear() : label.startsWith("执行数") ? f.executed() : null;
                if (table != null && Tolerances.equality(s.amount().value(), table) == Tolerances.Equality.DIFFERENT
                        && seen.add(s.sentence().text())) {
                    sink.finding().at(s.sentence().location()).at(f.location())
                            .expected(Amounts.format(table)).actual(Amounts.format(s.amount().value()))
                            .formula(label).report();
                }
            }
        });
        for (LowExecutionClaim low : narrative.lowExecution()) {
            Optional<EvaluationTable> table = attachments.project(low.project());
            Optional<EvaluationTable.FundsLine> funds = table.flatMap(EvaluationTable::effectiveFunds);
            if (funds.isPresent() && funds.get().rate() != null && funds.get().rate().compareTo(BigDecimal.valueOf(100)) >= 0
                    && seen.add(low.project())) {
                List<Location> where = narrative.lowExecution().stream().filter(l -> l.project().equals(low.project()))
                        .map(l -> l.sentence().location()).toList();
                sink.finding().severity(Severity.WARNING).at(where).at(funds.get().location())
                        .expected("执行率<100%").actual(funds.get().rate() + "%").formula(table.get().name()).report();
            }
        }
    }

    /** 年初预算 of 第三部分 五(三), of the 自评报告 (基本 + 项目) and of the 整体支出绩效自评表 agree. */
    static void budgetCrossCheck(ValidationContext context, FindingSink sink) {
        Narrative narrative = NarrativeOf.document(context);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<Location> where = new ArrayList<>();
        sectionThreeInitialBudget(narrative).ifPresent(c -> {
            values.put("第三部分年初预算", c.budget());
            where.add(c.sentence().location());
        });
        BigDecimal basic = null;
        BigDecimal projects = null;
        for (Decomposition d : narrative.decompositions()) {
            if (!Narrative.inSelfEvaluationReport(d.sentence())) {
                continue;
            }
            Optional<BigDecimal> initial = d.parts().stream().filter(p -> p.label().contains("年初"))
                    .map(Decomposition.Part::value).findFirst();
            if (initial.isPresent() && d.totalLabel().contains("基本支出")) {
                basic = initial.get();
                where.add(d.sentence().location());
            } else if (initial.isPresent() && d.totalLabel().contains("项目支出")) {
                projects = initial.get();
                where.add(d.sentence().location());
            }
        }
        if (basic != null && projects != null) {
            values.put("自评报告基本+项目年初预算", basic.add(projects));
        }
        Attachments.of(context).overall().flatMap(EvaluationTable::effectiveFunds)
                .filter(f -> f.initial() != null).ifPresent(f -> {
                    values.put("自评表年初预算数", f.initial());
                    where.add(f.location());
                });
        if (values.size() >= 2 && values.values().stream().anyMatch(v -> values.values().stream()
                .anyMatch(w -> v.subtract(w).abs().compareTo(CENT) > 0))) {
            StringBuilder list = new StringBuilder();
            values.forEach((k, v) -> list.append(list.length() > 0 ? "；" : "").append(k).append(Amounts.format(v)));
            sink.finding().at(where).param("list", Wording.amounts(values)).actual(list.toString()).report();
        }
    }

    private static Optional<CompletionClaim> sectionThreeInitialBudget(Narrative narrative) {
        List<BudgetItem> items = narrative.budgetItems();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Sentence first = items.get(0).header();
        return narrative.completions().stream()
                .filter(c -> c.sentence().section().equals(first.section()) && c.sentence().paragraph() < first.paragraph())
                .reduce((a, b) -> b);
    }

    /** 自评报告 "Y年基本支出X万元，其中：人员经费…、公用经费…" and "Y年项目支出…" against T05/T06. */
    static void amountCrossCheck(ValidationContext context, FindingSink sink) {
        for (Statement s : NarrativeOf.document(context).statements()) {
            if (!Narrative.inSelfEvaluationReport(s.sentence()) || !s.sentence().text().matches("^\\d{4}年.*")
                    || s.amount().label().contains("预算") || s.amount().label().contains("年初")) {
                continue;
            }
            String label = s.amount().label();
            Optional<TableFigure> figure = label.contains("人员经费") ? TableFigure.detail(context, "人员经费合计")
                    : label.contains("公用经费") ? TableFigure.detail(context, "公用经费合计")
                    : label.matches("^\\d{4}年度?基本支出$") ? TableFigure.cell(context, "05", "合计", 2)
                    : label.matches("^\\d{4}年度?项目支出$") ? TableFigure.cell(context, "05", "合计", 3)
                    : Optional.empty();
            figure.filter(f -> Tolerances.equality(f.value(), s.amount().value()) != Tolerances.Equality.EQUAL)
                    .ifPresent(f -> sink.finding()
                            .severity(Tolerances.equality(f.value(), s.amount().value()) == Tolerances.Equality.ROUNDING
                                    ? Severity.INFO : Severity.WARNING)
                            .at(s.sentence().location()).at(f.location()).param("label", label)
                            .param("a", Amounts.format(s.amount().value())).param("b", Amounts.format(f.value()))
                            .expected(Amounts.format(f.value())).actual(Amounts.format(s.amount().value())).report());
        }
    }

    static void fundsFlow(ValidationContext context, FindingSink sink) {
        for (FundsFlow flow : NarrativeOf.document(context).fundsFlows()) {
            if (flow.imbalance().abs().compareTo(CENT) > 0) {
                sink.finding().at(flow.sentence().location()).expected("0.00")
                        .actual(Amounts.format(flow.imbalance())).formula("年初+上年结转+调增−调减−实际支出−结余结转").report();
            }
        }
    }

    /** Every project the 自评报告 reports on (its 项目 sub-headings) has a 项目支出绩效自评表. */
    static void projectTables(ValidationContext context, FindingSink sink) {
        Attachments attachments = Attachments.of(context);
        if (attachments.projects().isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Sentence s : NarrativeOf.document(context).sentences()) {
            String heading = s.subheading();
            if (!Narrative.inSelfEvaluationReport(s) || heading == null || !heading.matches("^（\\d+）.*项目$")
                    || !seen.add(heading)) {
                continue;
            }
            String name = ScoreClaim.projectName(heading);
            if (attachments.project(name).isEmpty()) {
                sink.finding().at(s.location()).param("name", name).actual(name).report();
            }
        }
    }
}
