package io.ledgerlint.validate.rules.perf;

import io.ledgerlint.contracts.events.Confidence;
import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.arithmetic.Tolerances;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.narrative.ChangeClaim;
import io.ledgerlint.validate.narrative.Narrative;
import io.ledgerlint.validate.rules.nar.NarrativeOf;
import io.ledgerlint.validate.rules.nar.TableFigure;
import io.ledgerlint.validate.rules.perf.BaseData.Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** PERF-BASEDATA-*: the 基础数据表 in itself and against T05/T09 and the narrative. */
final class BaseDataChecks {

    private static final Predicate<String> THREE_PUBLIC = l -> l.contains("三公");
    private static final Predicate<String> VEHICLE = l -> l.contains("公务用车") && l.contains("维护") || l.contains("购置和维护");
    private static final Predicate<String> VEHICLE_PURCHASE = l -> l.contains("购置") && !l.contains("维护");
    private static final Predicate<String> VEHICLE_OPERATION = l -> l.contains("运行维护") && !l.contains("购置");
    private static final Predicate<String> ABROAD = l -> l.contains("出国");
    private static final Predicate<String> RECEPTION = l -> l.contains("接待");
    private static final Predicate<String> PROJECTS = l -> l.startsWith("项目支出");
    private static final Predicate<String> PROCUREMENT = l -> l.contains("政府采购");
    private static final List<Function<Row, BigDecimal>> YEARS = List.of(Row::priorActual, Row::budget, Row::actual);

    private BaseDataChecks() {
    }

    static void controlRate(ValidationContext context, FindingSink sink) {
        Attachments.of(context).baseData().ifPresent(b -> {
            if (b.staffQuota() == null || b.staffActual() == null || b.controlRate() == null || b.staffQuota().signum() == 0) {
                return;
            }
            Tolerances.Percentage check = Tolerances.percentage(b.controlRate(), b.controlRate().scale(), b.staffActual(),
                    BigDecimal.ZERO, b.staffQuota(), BigDecimal.ZERO);
            if (!check.holds()) {
                String q = b.staffActual().multiply(BigDecimal.valueOf(100))
                        .divide(b.staffQuota(), 2, java.math.RoundingMode.HALF_UP).toPlainString();
                sink.finding().severity(Severity.WARNING).at(b.headcountLocation()).param("q", q)
                        .expected(q).actual(b.controlRate()).formula("实际在职人数/编制数").report();
            }
        });
    }

    static void sums(ValidationContext context, FindingSink sink) {
        Attachments.of(context).baseData().ifPresent(b -> {
            Optional<Row> vehicle = b.row(VEHICLE);
            check(sink, b, b.row(THREE_PUBLIC), List.of(vehicle, b.row(ABROAD), b.row(RECEPTION)));
            check(sink, b, vehicle, List.of(b.row(VEHICLE_PURCHASE), b.row(VEHICLE_OPERATION)));
        });
    }

    private static void check(FindingSink sink, BaseData b, Optional<Row> total, List<Optional<Row>> parts) {
        if (total.isEmpty() || parts.stream().anyMatch(Optional::isEmpty)) {
            return;
        }
        for (Function<Row, BigDecimal> year : YEARS) {
            BigDecimal t = year.apply(total.get());
            List<BigDecimal> values = parts.stream().map(p -> year.apply(p.get())).filter(Objects::nonNull).toList();
            if (t == null || values.size() != parts.size()) {
                continue;
            }
            Tolerances.SumCheck sum = Tolerances.sum(t, values);
            if (!sum.holds()) {
                sink.finding().at(total.get().location()).param("row", total.get().label())
                        .expected(Amounts.format(sum.sum())).actual(Amounts.format(t)).report();
            }
        }
    }

    static void crossCheck(ValidationContext context, FindingSink sink) {
        Optional<BaseData> data = Attachments.of(context).baseData();
        if (data.isEmpty()) {
            return;
        }
        BaseData b = data.get();
        compare(sink, b.row(THREE_PUBLIC), TableFigure.threePublic(context, 7), Confidence.HIGH);
        compare(sink, b.row(ABROAD), TableFigure.threePublic(context, 8), Confidence.HIGH);
        compare(sink, b.row(VEHICLE), TableFigure.threePublic(context, 9), Confidence.HIGH);
        compare(sink, b.row(VEHICLE_PURCHASE), TableFigure.threePublic(context, 10), Confidence.HIGH);
        compare(sink, b.row(VEHICLE_OPERATION), TableFigure.threePublic(context, 11), Confidence.HIGH);
        compare(sink, b.row(RECEPTION), TableFigure.threePublic(context, 12), Confidence.HIGH);
        compare(sink, b.row(PROJECTS), TableFigure.cell(context, "05", "合计", 3), Confidence.HIGH);
        Narrative narrative = NarrativeOf.document(context);
        if (narrative.procurement() != null && narrative.procurement().total() != null) {
            b.row(PROCUREMENT).filter(r -> r.actual() != null).ifPresent(r -> {
                if (Tolerances.equality(r.actual(), narrative.procurement().total()) == Tolerances.Equality.DIFFERENT) {
                    sink.finding().confidence(Confidence.MEDIUM).at(r.location())
                            .at(narrative.procurement().sentences().get(0).location())
                            .param("row", r.label()).param("a", Amounts.format(r.actual()))
                            .param("source", Phrase.of("政府采购说明", "the procurement statement"))
                            .param("b", Amounts.format(narrative.procurement().total()))
                            .expected(Amounts.format(narrative.procurement().total())).actual(Amounts.format(r.actual()))
                            .report();
                }
            });
        }
        priorYear(sink, b, narrative);
    }

    /** The narrative's year-on-year changes imply last year's figure; the 基础数据表 prints it. */
    private static void priorYear(FindingSink sink, BaseData b, Narrative narrative) {
        for (ChangeClaim c : narrative.changes()) {
            if (c.reference() != ChangeClaim.Reference.PRIOR_YEAR || c.current() == null || Narrative.inSelfEvaluationReport(c.sentence())
                    || !c.sentence().sectionMentions("三公")) {
                continue;
            }
            String subject = c.subject();
            Optional<Row> row = subject.contains("购置费及运行") || subject.contains("购置及运行") ? b.row(VEHICLE)
                    : subject.contains("运行维护") ? b.row(VEHICLE_OPERATION)
                    : subject.contains("因公出国") ? b.row(ABROAD)
                    : subject.contains("接待") ? b.row(RECEPTION)
                    : subject.contains("三公") ? b.row(THREE_PUBLIC) : Optional.empty();
            BigDecimal implied = c.current().subtract(c.signedDelta());
            row.filter(r -> r.priorActual() != null
                    && Tolerances.equality(r.priorActual(), implied) == Tolerances.Equality.DIFFERENT).ifPresent(r ->
                    sink.finding().confidence(Confidence.MEDIUM).at(r.location()).at(c.sentence().location())
                            .param("row", r.label()).param("a", Amounts.format(r.priorActual()))
                            .param("source", Phrase.of("说明中的同比数", "the year-on-year change in the text"))
                            .param("b", Amounts.format(implied))
                            .expected(Amounts.format(implied)).actual(Amounts.format(r.priorActual())).report());
        }
    }

    private static void compare(FindingSink sink, Optional<Row> row, Optional<TableFigure> figure, Confidence confidence) {
        if (row.isEmpty() || figure.isEmpty() || row.get().actual() == null) {
            return;
        }
        if (Tolerances.equality(row.get().actual(), figure.get().value()) == Tolerances.Equality.DIFFERENT) {
            sink.finding().confidence(confidence).at(row.get().location()).at(figure.get().location())
                    .param("row", row.get().label()).param("a", Amounts.format(row.get().actual()))
                    .param("source", figure.get().place()).param("b", Amounts.format(figure.get().value()))
                    .expected(Amounts.format(figure.get().value())).actual(Amounts.format(row.get().actual())).report();
        }
    }
}
