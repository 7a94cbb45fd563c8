package io.ledgerlint.parse.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.domain.pdf.PageTreeDepth;
import io.ledgerlint.parse.DocumentParser;
import io.ledgerlint.parse.ParseOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page trees the fuzz test found breaking the parser: one nested so deep that PDFBox's recursive walk overflowed the
 * stack (down through /Kids or up through /Parent), one listing a page more often than its /Count says, which got
 * around the page limit. Each is rejected up front; a tree deep but within the limit still parses.
 */
class PageTreeLimitsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final DocumentParser PARSER = new DocumentParser(ParseLimits.DEFAULT, (pages, perPage) -> List.of(), CLOCK);

    @TempDir
    Path temp;

    @Test
    void aPageTreeTenThousandLevelsDeepIsRejectedAsTooDeep() throws IOException {
        assertThat(parse(pdfWithPagesBelow(10_000, 1, false))).isEqualTo(new ParseOutcome.Rejected(ErrorCode.TOO_DEEP,
                "the page tree is more than 256 levels deep"));
    }

    @Test
    void aPageBelowAParentChainTenThousandLevelsLongIsRejectedAsTooDeep() throws IOException {
        assertThat(parse(pdfWithPagesBelow(10_000, 1, true))).isEqualTo(new ParseOutcome.Rejected(ErrorCode.TOO_DEEP,
                "the page tree is more than 256 levels deep"));
    }

    @Test
    void aPageTreeDeepButWithinTheLimitIsParsed() throws IOException {
        ParseOutcome outcome = parse(pdfWithPagesBelow(PageTreeDepth.DEFAULT_LIMIT - 2, 1, false));

        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(((ParseOutcome.Parsed) outcome).extraction().pageCount()).isEqualTo(1);
    }

    @Test
    void pagesListedMoreOftenThanTheCountSaysAreCountedAsListed() throws IOException {
        assertThat(parse(pdfWithPagesBelow(0, 2001, false))).isEqualTo(new ParseOutcome.Rejected(
                ErrorCode.TOO_MANY_PAGES, "the document has 2001 pages, more than the limit of 2000"));
    }

    private ParseOutcome parse(byte[] pdf) throws IOException {
        Path file = Files.write(temp.resolve("hostile.pdf"), pdf);
        return PARSER.parse(new DocumentReceived(DocumentReceived.SCHEMA_VERSION, "0123456789abcdef",
                "0".repeat(64), "hostile.pdf", pdf.length, "application/pdf", file.toUri().toString(), "upload",
                CLOCK.instant()), file);
    }

    /**
     * One page of text, listed {@code listings} times in the /Kids of the lowest of {@code depth} nested /Pages nodes
     * while every /Count says 1; or, {@code upward}, a shallow tree whose page names as /Parent the lowest node of a
     * chain {@code depth} long. Written by hand, byte for byte the tree described.
     */
    private static byte[] pdfWithPagesBelow(int depth, int listings, boolean upward) {
        // Objects 1 catalog, 2 root /Pages, 3 page, 4 content, 5 font, 6… the nodes below the root or above the page.
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        int lowest = depth == 0 ? 2 : 6 + depth - 1;
        String kidsOfRoot = upward || depth == 0 ? "3 0 R ".repeat(listings) : "6 0 R";
        objects.add("<< /Type /Pages /Kids [" + kidsOfRoot + "] /Count 1 >>");
        objects.add("<< /Type /Page /Parent " + (upward ? lowest : 2) + " 0 R /MediaBox [0 0 595 842]"
                + " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        String text = "BT /F1 10 Tf 40 800 Td " + "(Final accounts of the department, page one.) Tj 0 -14 Td ".repeat(8)
                + "ET";
        objects.add("<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        for (int i = 0; i < depth; i++) {
            int number = 6 + i;
            String above = " /Parent " + (i == 0 ? 2 : number - 1) + " 0 R";
            String kids = upward ? "" : i + 1 < depth ? (number + 1) + " 0 R" : "3 0 R ".repeat(listings);
            objects.add("<< /Type /Pages" + above + " /Kids [" + kids + "] /Count " + (upward ? 0 : 1) + " >>");
        }
        return withCrossReferences(objects);
    }

    /** Objects numbered from 1 in order, with the cross-reference table and trailer a reader needs. */
    private static byte[] withCrossReferences(List<String> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f\r\n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n\r\n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
