package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.validate.document.DocumentFacts;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.Labels;
import java.util.List;
import java.util.regex.Pattern;

/**
 * DOC-SECTIONS-REQUIRED: 第三部分 has the explanations the Hunan 目录 lists (rules.md §6.1), the 一般公共预算 section its
 * 总体/结构/具体 parts, and the document a 第四部分 名词解释. Headings are matched on their subject, ignoring numbering
 * and the 关于/情况说明 wording that varies between templates.
 */
final class SectionsRequiredCheck implements Rule.Check {

    private record Required(String name, Pattern heading) {
    }

    private static final List<Required> REQUIRED = List.of(
            new Required("收入支出决算总体情况说明", Pattern.compile("^收入支出决算总体")),
            new Required("收入决算情况说明", Pattern.compile("^收入决算")),
            new Required("支出决算情况说明", Pattern.compile("^支出决算")),
            new Required("财政拨款收入支出决算总体情况说明", Pattern.compile("^财政拨款收入支出决算总体")),
            new Required("一般公共预算财政拨款支出决算情况说明", Pattern.compile("^一般公共预算财政拨款支出决算(?!.*基本支出)")),
            new Required("一般公共预算财政拨款基本支出决算情况说明", Pattern.compile("一般公共预算财政拨款基本支出")),
            new Required("财政拨款“三公”经费支出决算情况说明", Pattern.compile("三公")),
            new Required("政府性基金预算收入支出决算情况", Pattern.compile("政府性基金")),
            new Required("机关运行经费支出说明", Pattern.compile("机关运行经费")),
            new Required("一般性支出情况说明", Pattern.compile("一般性支出|会议费|培训费")),
            new Required("政府采购支出说明", Pattern.compile("政府采购")),
            new Required("国有资产占用情况说明", Pattern.compile("国有资产")),
            new Required("预算绩效情况说明", Pattern.compile("绩效")));

    private static final List<String> GENERAL_BUDGET_PARTS = List.of("总体情况", "结构情况", "具体情况");

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        List<Section> narrative = DocumentFacts.of(context).narrativeSections();
        List<String> headings = narrative.stream().map(s -> subject(s.heading())).toList();
        for (Required required : REQUIRED) {
            if (headings.stream().noneMatch(h -> required.heading().matcher(h).find())) {
                report(sink, required.name());
            }
        }
        narrative.stream()
                .filter(s -> REQUIRED.get(4).heading().matcher(subject(s.heading())).find())
                .findFirst()
                .ifPresent(section -> GENERAL_BUDGET_PARTS.stream()
                        .filter(part -> !Labels.normalise(section.text()).contains(part))
                        .forEach(part -> report(sink, subject(section.heading()) + "（" + part + "）")));
        boolean glossary = context.sections().stream()
                .anyMatch(s -> s.level() == 1 && Labels.normalise(s.heading()).contains("名词解释"));
        if (!glossary) {
            report(sink, "第四部分 名词解释");
        }
    }

    private static void report(FindingSink sink, String name) {
        sink.finding().at(Locations.text(name, null, 0)).param("section", Wording.section(name)).expected(name).report();
    }

    /** The heading without numbering, 关于 and the year, e.g. "十、关于2024年度政府采购支出说明" → "政府采购支出说明". */
    private static String subject(String heading) {
        return Labels.normalise(heading).replaceFirst("^关于", "").replaceAll("20\\d{2}年度?", "");
    }
}
