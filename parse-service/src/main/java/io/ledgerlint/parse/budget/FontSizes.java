package io.ledgerlint.parse.budget;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

/**
 * Checks a font's sizes before PDFBox builds the font from them ({@code PDFontFactory.createFont} reads every width
 * into a list and expands every CMap range into maps): the entries of its widths ({@code /Widths}; {@code /W} and
 * {@code /W2} of a CID font) against {@link Budget#FONT_WIDTHS}, and the entries of its CMaps ({@code /ToUnicode}, an
 * embedded {@code /Encoding}) against {@link Budget#CMAP_ENTRIES}, their bytes against
 * {@link Budget#DECODED_STREAM_BYTES}. Each font dictionary is checked once per document.
 */
public final class FontSizes {

    private final DocumentBudget budget;
    private final DecodedStreams streams;
    private final Set<COSDictionary> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    public FontSizes(DocumentBudget budget, DecodedStreams streams) {
        this.budget = budget;
        this.streams = streams;
    }

    public void check(COSDictionary font) {
        if (!checked.add(font)) {
            return;
        }
        budget.fontWidths(entries(font.getDictionaryObject(COSName.WIDTHS)));
        checkCMap(font.getDictionaryObject(COSName.TO_UNICODE));
        checkCMap(font.getDictionaryObject(COSName.ENCODING));
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants) {
            for (COSBase descendant : descendants) {
                if (dereference(descendant) instanceof COSDictionary cidFont) {
                    budget.fontWidths(entries(cidFont.getDictionaryObject(COSName.W))
                            + entries(cidFont.getDictionaryObject(COSName.W2)));
                }
            }
        }
    }

    private void checkCMap(COSBase cmap) {
        if (cmap instanceof COSStream stream) {
            streams.decode(stream, new CMapEntries(budget));
        }
    }

    /** The numbers in a widths array, those of its nested arrays included ({@code /W}: {@code c [w1 w2 …]}). */
    private static long entries(COSBase widths) {
        if (!(widths instanceof COSArray array)) {
            return 0;
        }
        long entries = 0;
        for (COSBase element : array) {
            entries += dereference(element) instanceof COSArray nested ? nested.size() : 1;
        }
        return entries;
    }

    private static COSBase dereference(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }
}
