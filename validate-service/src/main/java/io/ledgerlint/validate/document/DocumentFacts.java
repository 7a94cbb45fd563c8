package io.ledgerlint.validate.document;

import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.domain.text.Whitespace;
import io.ledgerlint.validate.engine.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about the whole document that several rules need: the report year and the narrative sections of 第三部分.
 * Obtain through {@link #of(ValidationContext)} so they are computed once per document.
 */
public final class DocumentFacts {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final String NARRATIVE_PART = "第三部分";

    private final OptionalInt year;
    private final List<Section> narrative;

    private DocumentFacts(OptionalInt year, List<Section> narrative) {
        this.year = year;
        this.narrative = narrative;
    }

    public static DocumentFacts of(ValidationContext context) {
        return context.derived(DocumentFacts.class, c -> read(c.document()));
    }

    static DocumentFacts read(TablesExtracted document) {
        List<Section> sections = document.sections() == null ? List.of() : document.sections();
        List<String> yearSources = new ArrayList<>();
        yearSources.add(document.title());
        sections.stream().filter(s -> s.level() == 1 && compact(s.heading()).startsWith(NARRATIVE_PART))
                .forEach(s -> yearSources.add(s.heading()));
        if (document.pages() != null && !document.pages().isEmpty()) {
            yearSources.add(document.pages().get(0).text());
        }
        OptionalInt year = yearSources.stream().map(DocumentFacts::firstYear).filter(OptionalInt::isPresent)
                .findFirst().orElse(OptionalInt.empty());
        List<Section> narrative = sections.stream()
                .filter(s -> s.level() == 2 && s.part() != null && compact(s.part()).startsWith(NARRATIVE_PART))
                .toList();
        return new DocumentFacts(year, narrative);
    }

    /** The reporting year Y from the title, the 第三部分 heading or the cover. */
    public OptionalInt year() {
        return year;
    }

    /** The numbered sections (一、二、…) of 第三部分 部门决算情况说明. */
    public List<Section> narrativeSections() {
        return narrative;
    }

    private static OptionalInt firstYear(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    static String compact(String text) {
        return Whitespace.removed(text);
    }
}
