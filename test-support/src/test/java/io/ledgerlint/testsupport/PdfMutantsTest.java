package io.ledgerlint.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerlint.testsupport.PdfMutants.Kind;
import io.ledgerlint.testsupport.PdfMutants.Mutant;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A mutant is a function of its seed, and every kind of mutation applies to a PDF that has the structure for it. */
class PdfMutantsTest {

    /** One page with an unfiltered content stream, written by hand: just the structure the mutations look for. */
    private static final byte[] PDF = ("""
            %PDF-1.7
            1 0 obj
            << /Type /Catalog /Pages 2 0 R >>
            endobj
            2 0 obj
            << /Type /Pages /Kids [3 0 R] /Count 1 >>
            endobj
            3 0 obj
            << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>
            endobj
            4 0 obj
            << /Length 44 >>
            stream
            BT /F1 12 Tf 72 712 Td (Hello, world) Tj ET
            endstream
            endobj
            xref
            0 5
            0000000000 65535 f\r
            0000000009 00000 n\r
            0000000058 00000 n\r
            0000000115 00000 n\r
            0000000202 00000 n\r
            trailer
            << /Size 5 /Root 1 0 R >>
            startxref
            295
            %%EOF
            """).getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void theSameSeedMakesTheSameMutantAndOtherSeedsOtherOnes() {
        Set<String> distinct = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            Mutant first = PdfMutants.mutate(PDF, seed);
            Mutant again = PdfMutants.mutate(PDF, seed);
            assertEquals(first.kind(), again.kind());
            assertEquals(first.detail(), again.detail());
            assertArrayEquals(first.bytes(), again.bytes(), "seed " + seed);
            assertArrayEquals(first.bytes(), PdfMutants.mutate(PDF, first.kind(), seed).bytes(), "seed " + seed);
            distinct.add(Arrays.toString(first.bytes()));
        }
        assertTrue(distinct.size() > 150, distinct.size() + " distinct mutants of 200");
    }

    @Test
    void everyKindAppliesAndChangesTheBytes() {
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        for (Kind kind : Kind.values()) {
            for (long seed = 0; seed < 20; seed++) {
                Mutant mutant = PdfMutants.mutate(PDF, kind, seed);
                assertFalse(Arrays.equals(PDF, mutant.bytes()), mutant.toString());
                assertEquals(seed, mutant.seed());
                seen.add(mutant.kind());
            }
        }
        // No kind fell back to byte flips for lack of structure.
        assertEquals(EnumSet.allOf(Kind.class), seen);
    }

    @Test
    void theOriginalIsLeftAlone() {
        byte[] copy = PDF.clone();
        for (long seed = 0; seed < 100; seed++) {
            PdfMutants.mutate(copy, seed);
        }
        assertArrayEquals(PDF, copy);
    }

    @Test
    void aDeepPageTreeIsAppendedAsAnIncrementalUpdateThatChainsToTheOriginal() {
        Mutant mutant = null;
        for (long seed = 0; mutant == null || !mutant.detail().contains("deep"); seed++) {
            mutant = PdfMutants.mutate(PDF, Kind.PAGE_TREE, seed);
        }
        String text = new String(mutant.bytes(), StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith(new String(PDF, StandardCharsets.ISO_8859_1)), "the original stays in front");
        String update = text.substring(PDF.length);
        assertTrue(update.contains("2 0 obj\n<< /Type /Pages /Kids [5 0 R] /Count 1 >>"), "the root now leads down");
        assertTrue(update.contains("/Root 1 0 R /Prev 295 >>"), "trailer of the update");
        assertTrue(update.endsWith("%%EOF\n"));
    }
}
