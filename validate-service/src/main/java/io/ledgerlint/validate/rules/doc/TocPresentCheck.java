package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.contracts.events.TablesExtracted.PageText;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DOC-TOC-PRESENT: a full document opens with a cover naming the year and the unit, and has a 目录. Judged only when
 * the text of the opening pages was extracted ({@link Contents#judgeable()}).
 */
final class TocPresentCheck implements Rule.Check {

    private static final Pattern YEAR = Pattern.compile("20\\d{2}年");

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        Contents contents = Contents.of(context);
        if (!contents.judgeable()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        List<Phrase> named = new ArrayList<>();
        if (!coverNamesYearAndUnit(context)) {
            missing.add("封面");
            named.add(Phrase.of("封面", "cover"));
        }
        if (contents.page().isEmpty()) {
            missing.add("目录");
            named.add(Phrase.of("目录", "table of contents"));
        }
        if (!missing.isEmpty()) {
            String what = String.join("/", missing);
            sink.finding().at(Locations.text(what, null, 1)).param("what", Wording.and(named)).expected(what).report();
        }
    }

    /** Page 1 states the report year and the unit the title names. */
    private static boolean coverNamesYearAndUnit(ValidationContext context) {
        String cover = context.pages().stream().filter(p -> p.page() == 1).map(PageText::text).findFirst()
                .map(Contents::compact).orElse("");
        Optional<String> unit = UnitNameCheck.unitName(context.document().title());
        return YEAR.matcher(cover).find()
                && unit.isPresent() && cover.contains(unit.get());
    }
}
