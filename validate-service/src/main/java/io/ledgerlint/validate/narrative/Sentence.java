package io.ledgerlint.validate.narrative;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.validate.location.Locations;
import java.util.List;

/**
 * One sentence of the narrative in canonical form ({@link NarrativeText}), with where it stands: the section heading
 * (e.g. 五、一般公共预算财政拨款支出决算情况说明), the nearest sub-heading inside the section (（三）…, 1、…) and the page.
 * Sentences of one paragraph share {@code paragraph}, so a statement can borrow the figure an earlier sentence
 * of the same paragraph gave ("…总计387.79万元。与上年相比，减少8.73万元…").
 *
 * @param part    the enclosing 第X部分 heading, or null
 * @param amounts the amounts of the text in order of appearance, read once: every claim reader and rule asks for them
 */
public record Sentence(String part, String section, String subheading, int page, int paragraph, String text,
                       List<Figures.Amount> amounts) {

    public Sentence(String part, String section, String subheading, int page, int paragraph, String text) {
        this(part, section, subheading, page, paragraph, text, List.copyOf(Figures.amounts(text)));
    }

    public Location location() {
        return Locations.text(section, text, page);
    }

    public boolean sectionMentions(String word) {
        return section != null && section.contains(word);
    }
}
