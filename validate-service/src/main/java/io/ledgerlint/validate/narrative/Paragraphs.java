package io.ledgerlint.validate.narrative;

import io.ledgerlint.contracts.events.TablesExtracted.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits section texts into sentences. PDF text wraps lines inside sentences ("主要原\n因是"), so a line break only
 * ends a paragraph after sentence-final punctuation, before an enumeration marker (（一）, 1、, (2), 一是) or after a
 * heading line. Sentences end at 。！？; semicolon clauses stay inside their sentence, because a "其中：…；…" list
 * spans them.
 */
public final class Paragraphs {

    private static final Pattern MARKER = Pattern.compile(
            "^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\\d+[、.](?!\\d)|（\\d+）|[一二三四五六七八九十]是)");
    private static final Pattern HEADING_LINE = Pattern.compile("^[^，；。]{1,60}$");
    private static final int MAX_HEADING = 60;

    private Paragraphs() {
    }

    /** Every sentence of the sections, in document order; paragraph numbers are unique across the document. */
    public static List<Sentence> sentences(List<Section> sections) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        for (Section section : sections) {
            String part = section.level() == 1 ? section.heading() : section.part();
            String heading = NarrativeText.normalise(section.heading());
            String subheading = null;
            for (String line : logicalLines(NarrativeText.normalise(section.text()))) {
                paragraph++;
                if (MARKER.matcher(line).find()) {
                    subheading = headingOf(line);
                }
                for (String text : split(line)) {
                    out.add(new Sentence(part, heading, subheading, section.page(), paragraph, text));
                }
            }
        }
        return out;
    }

    /** Joins wrapped lines back into paragraphs. */
    static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\n")) {
            if (raw.isEmpty()) {
                continue;
            }
            if (current.length() > 0 && endsParagraph(current.toString(), raw)) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(raw);
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static boolean endsParagraph(String previous, String next) {
        char last = previous.charAt(previous.length() - 1);
        return "。！？".indexOf(last) >= 0
                || MARKER.matcher(next).find()
                || (MARKER.matcher(previous).find() && HEADING_LINE.matcher(previous).matches());
    }

    /** The heading a marked line opens: the line itself if short, else its text up to the first 。. */
    private static String headingOf(String line) {
        int stop = line.indexOf('。');
        String head = stop > 0 ? line.substring(0, stop) : line;
        return head.length() > MAX_HEADING ? head.substring(0, MAX_HEADING) : head;
    }

    static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            if ("。！？".indexOf(paragraph.charAt(i)) >= 0) {
                addTrimmed(out, paragraph.substring(start, i + 1));
                start = i + 1;
            }
        }
        addTrimmed(out, paragraph.substring(start));
        return out;
    }

    private static void addTrimmed(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty() && !s.equals("。")) {
            out.add(s);
        }
    }
}
