package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.validate.document.DocumentFacts;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DOC-TOC-SECTIONS: every 第三部分 item of the 目录 has a body heading with the same numeral and a matching title.
 * Titles match when their similarity is at least {@link #MATCH}, compared on their subject: without 关于/情况/说明/年度,
 * the year, punctuation and bracketed remarks, closed or cut off where the 目录 line ends (a template note left in a
 * heading is DOC-TEMPLATE-RESIDUE's business). A matching title worded differently, or found under another numeral, is
 * info; an item with no matching heading is a warning.
 */
final class TocSectionsCheck implements Rule.Check {

    static final double MATCH = 0.8;

    /** A bracketed remark: closed, or left open at the end of the title (a note cut off or wrapped away). */
    private static final Pattern REMARK = Pattern.compile("（[^（）]*）|（[^）]*$");
    private static final Pattern NOISE = Pattern.compile("\\p{P}|20\\d{2}|关于|情况|说明|年度|的");

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        Contents contents = Contents.of(context);
        List<Section> body = DocumentFacts.of(context).narrativeSections();
        int page = contents.page().orElse(0);
        for (Contents.Entry entry : contents.narrativeEntries()) {
            List<String> wanted = entry.firstLine().equals(entry.title())
                    ? List.of(subject(entry.title())) : List.of(subject(entry.title()), subject(entry.firstLine()));
            Optional<Section> sameNumeral = body.stream()
                    .filter(s -> Contents.compact(s.heading()).startsWith(entry.numeral() + "、")).findFirst();
            if (sameNumeral.isPresent() && matches(wanted, sameNumeral.get())) {
                if (!wanted.contains(subject(title(sameNumeral.get())))) {
                    report(sink.finding().severity(Severity.INFO), entry, page, sameNumeral.get());
                }
                continue;
            }
            Optional<Section> elsewhere = body.stream().filter(s -> matches(wanted, s)).findFirst();
            if (elsewhere.isPresent()) {
                report(sink.finding().severity(Severity.INFO), entry, page, elsewhere.get());
            } else {
                sink.finding().at(Locations.text("目录", entry.text(), page))
                        .param("item", entry.text())
                        .param("detail", Phrase.of("在正文中未找到", "is not found in the body"))
                        .expected(entry.text())
                        .report();
            }
        }
    }

    /** Whether one of the item's subjects is like enough the section heading's. */
    private static boolean matches(List<String> wanted, Section section) {
        String heading = subject(title(section));
        return wanted.stream().anyMatch(w -> similarity(w, heading) >= MATCH);
    }

    private static void report(FindingSink.Builder finding, Contents.Entry entry, int page, Section body) {
        String heading = Contents.compact(body.heading());
        finding.at(Locations.text("目录", entry.text(), page))
                .at(Locations.text(YearCheck.sectionName(body), heading, body.page()))
                .param("item", entry.text()).param("detail", Phrase.of("与正文标题“" + heading + "”不一致",
                        "differs from the body heading \"" + heading + "\""))
                .expected(entry.text()).actual(heading)
                .report();
    }

    /** The heading without its numeral: "十、关于机关运行经费支出说明" → "关于机关运行经费支出说明". */
    private static String title(Section section) {
        String heading = Contents.compact(section.heading());
        int mark = heading.indexOf('、');
        return mark >= 0 ? heading.substring(mark + 1) : heading;
    }

    static String subject(String title) {
        String text = Contents.compact(title);
        String withoutRemarks;
        while (!(withoutRemarks = REMARK.matcher(text).replaceAll("")).equals(text)) {
            text = withoutRemarks;
        }
        return NOISE.matcher(text).replaceAll("");
    }

    /** 2·LCS / (|a| + |b|): 1 for equal strings, 0 for strings with no character in common order. */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int[] previous = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            previous = current;
        }
        return 2.0 * previous[b.length()] / (a.length() + b.length());
    }
}
