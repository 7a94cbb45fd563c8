package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.contracts.events.Confidence;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.validate.document.DocumentFacts;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOC-YEAR: phrases that name the reporting object itself ("Y年度部门决算", "Y年度…整体支出", "截至Y年12月31日",
 * "Y年度收、支总计") carry the report year. A year in a comparative phrase (上年, 与…相比, 较) is legitimate.
 */
final class YearCheck implements Rule.Check {

    private static final List<Pattern> SELF_REFERENCES = List.of(
            Pattern.compile("(20\\d{2})年度?(?:本)?部门(?:（单位）)?(?:整体支出|决算)"),
            Pattern.compile("截至(20\\d{2})年12月31日"),
            Pattern.compile("(20\\d{2})年度(?:财政拨款)?(?:收、支总计|收入合计|支出合计)"));
    private static final Pattern COMPARATIVE = Pattern.compile("上年|上一年|与.{0,12}相比|较|同期");

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        DocumentFacts facts = DocumentFacts.of(context);
        OptionalInt year = facts.year();
        if (year.isEmpty()) {
            return;
        }
        for (Section section : context.sections()) {
            String text = (section.heading() + "\n" + section.text()).replaceAll("[ \\t\\u3000]+", "");
            for (Pattern pattern : SELF_REFERENCES) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    int stated = Integer.parseInt(m.group(1));
                    String before = text.substring(Math.max(0, m.start() - 12), m.start());
                    if (stated != year.getAsInt() && !COMPARATIVE.matcher(before).find()) {
                        sink.finding()
                                .confidence(Confidence.MEDIUM)
                                .at(Locations.text(sectionName(section), m.group(), section.page()))
                                .param("year", Wording.year(year.getAsInt())).param("text", Wording.quote(m.group()))
                                .param("stated", Wording.year(stated))
                                .expected(year.getAsInt()).actual(stated)
                                .report();
                    }
                }
            }
        }
    }

    static String sectionName(Section section) {
        return section.part() == null ? section.heading() : section.part() + " " + section.heading();
    }
}
