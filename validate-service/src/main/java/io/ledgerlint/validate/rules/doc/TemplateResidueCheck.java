package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOC-TEMPLATE-RESIDUE: template text left in the published narrative: unresolved alternatives ("增加（减少）", "减少（增加）"),
 * bracketed instructions ("（注意：…）", "（如有，…填写）", "（当表格数据为空时，应有此说明）", "（精确到…）"), XX placeholders.
 */
final class TemplateResidueCheck implements Rule.Check {

    /** The leading lookahead lets the matcher skip most positions on one character test. */
    private static final Pattern RESIDUE = Pattern.compile("(?=[增上减降下（*X])(?:" + String.join("|",
            "(?:增加|增长|上升)（(?:减少|降低|下降)）",
            "(?:减少|降低|下降)（(?:增加|增长|上升)）",
            "（或者?上年决算数）",
            "（注意[：:][^）]{1,60}）",
            "（如有[，,][^）]{0,30}填写）",
            "（当表格数据为空时[^）]{0,20}）",
            "（\\*{0,2}精确到[^）]{1,10}\\*{0,2}）",
            "\\*\\*[^*]{1,30}\\*\\*",
            "(?<![A-Za-z])X{2,3}(?![A-Za-z])") + ")");

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        for (Section section : context.sections()) {
            Set<String> found = new LinkedHashSet<>();
            Matcher m = RESIDUE.matcher(section.heading() + "\n" + section.text());
            while (m.find()) {
                found.add(m.group());
            }
            for (String text : found) {
                sink.finding()
                        .at(Locations.text(YearCheck.sectionName(section), text, section.page()))
                        .param("text", Wording.quote(text)).actual(text)
                        .report();
            }
        }
    }
}
