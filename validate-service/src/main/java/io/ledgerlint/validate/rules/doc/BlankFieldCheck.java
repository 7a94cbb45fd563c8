package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOC-BLANK-FIELD: a template quantity whose number was never filled in, e.g. "设备（不含车辆）台（套）". Only measure
 * words that cannot start a word are taken (台（套）, 辆 other than 车辆, 平方米), and 万元/人/个/次 only right after a
 * word that announces a figure (为, 共计, 支出 …): 人, 个 and 次 begin too many ordinary words to be read alone.
 */
final class BlankFieldCheck implements Rule.Check {

    /** The leading lookahead lets the matcher skip most positions on one character test. */
    private static final Pattern BLANK = Pattern.compile(
            "(?=[台辆平为共合支开人])(?:"
                    + "(?<![\\d０-９.．%％一二三四五六七八九十百千万亿两零几数余多近约逾：:（车])(?:台（套）|辆|平方米)"
                    + "|(?:为|共计|合计|共有|支出|开支|人数)(?:万元|人|个|次|辆)(?!\\p{IsHan}))");
    private static final String CLAUSE_ENDS = "，。；！？";

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        List<String> texts = CompactSections.of(context);
        for (int i = 0; i < texts.size(); i++) {
            Section section = context.sections().get(i);
            String text = texts.get(i);
            Set<String> clauses = new LinkedHashSet<>();
            Matcher m = BLANK.matcher(text);
            while (m.find()) {
                clauses.add(clauseAround(text, m.start(), m.end()));
            }
            for (String clause : clauses) {
                sink.finding()
                        .at(Locations.text(YearCheck.sectionName(section), clause, section.page()))
                        .param("text", Wording.quote(clause)).actual(clause)
                        .report();
            }
        }
    }

    /** The clause (between ，。；！？) holding text[start, end). */
    private static String clauseAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && CLAUSE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && CLAUSE_ENDS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }
}
