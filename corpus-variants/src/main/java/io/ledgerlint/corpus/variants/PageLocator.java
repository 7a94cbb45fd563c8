package io.ledgerlint.corpus.variants;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a rendered PDF's text layer with PDFBox, page by page, in content-stream order (Chromium paints the normal
 * flow in document order, so a table row's cells follow each other), whitespace removed. Finds the pages of the typesetter's
 * markers and checks that a page range holds a given text.
 */
final class PageLocator {

    private static final Pattern MARKER = Pattern.compile(HtmlTypesetter.MARKER_PREFIX + "(\\d{2})([CSE])");

    private final List<String> pages;

    private PageLocator(List<String> pages) {
        this.pages = pages;
    }

    static PageLocator read(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(Text.compact(stripper.getText(document)));
            }
            return new PageLocator(pages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf, e);
        }
    }

    int pageCount() {
        return pages.size();
    }

    /** Page text (1-based page), whitespace removed. */
    String page(int page) {
        return pages.get(page - 1);
    }

    /**
     * The page's characters without the markers, sorted: the marked print paints its positioned cells after the
     * normal flow, so only the page's content, not its text order, can be compared with the final print.
     */
    String glyphsWithoutMarkers(int page) {
        return sorted(MARKER.matcher(page(page)).replaceAll(""));
    }

    /** The page's characters, sorted. */
    String glyphs(int page) {
        return sorted(page(page));
    }

    private static String sorted(String text) {
        return text.codePoints().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Marker id → 1-based page, for every marker found; a marker found twice is an error. */
    Map<String, Integer> markerPages() {
        Map<String, Integer> found = new HashMap<>();
        for (int p = 1; p <= pages.size(); p++) {
            Matcher matcher = MARKER.matcher(page(p));
            while (matcher.find()) {
                if (found.put(matcher.group(), p) != null) {
                    throw new IllegalStateException("marker " + matcher.group() + " printed twice");
                }
            }
        }
        return found;
    }

    /** The text of pages {@code from}..{@code to} joined (a row cut by a page end still reads as one string). */
    String range(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int p = from; p <= to; p++) {
            text.append(page(p));
        }
        return text.toString();
    }

    String all() {
        return range(1, pages.size());
    }
}
