package io.ledgerlint.domain.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Measures a page tree without recursion. PDFBox walks it recursively both ways: down through {@code /Kids} to list
 * the pages, and up through {@code /Parent} to find a page's inherited {@code /Resources} or {@code /MediaBox}; a
 * tree thousands of levels deep either way overflows any thread's stack. This walk goes down in the order PDFBox
 * does, skipping nodes already seen as it does, so the path it measures is the recursion PDFBox would make. Used by
 * {@link PdfFile} before it lets PDFBox walk an untrusted tree.
 */
public final class PageTreeDepth {

    /** Real documents nest a few levels; a tree this deep is refused long before it could overflow a stack. */
    public static final int DEFAULT_LIMIT = 256;

    private final int limit;
    private final Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<COSDictionary, Integer> ancestorCounts = new IdentityHashMap<>();

    private PageTreeDepth(int limit) {
        this.limit = limit;
    }

    /**
     * Whether a page or node of the tree under {@code root} has more than {@code limit} nodes above it, counted down
     * from the root through {@code /Kids} or up from it through {@code /Parent}.
     */
    public static boolean exceeds(COSDictionary root, int limit) {
        return new PageTreeDepth(limit).exceedsFrom(root);
    }

    private boolean exceedsFrom(COSDictionary root) {
        // The path from the root to the node being looked at, as a cursor into each node's kids.
        Deque<KidsCursor> path = new ArrayDeque<>();
        path.push(new KidsCursor(root.getCOSArray(COSName.KIDS)));
        while (!path.isEmpty()) {
            COSDictionary kid = path.peek().next();
            if (kid == null) {
                path.pop();
                continue;
            }
            if (path.size() > limit || ancestors(kid) > limit) {
                return true;
            }
            COSArray grandchildren = kid.getCOSArray(COSName.KIDS);
            if (grandchildren != null && seen.add(kid)) {
                path.push(new KidsCursor(grandchildren));
            }
        }
        return false;
    }

    /**
     * How many dictionaries lie above {@code node} along {@code /Parent} (or {@code /P}, which PDFBox accepts too),
     * counted up to {@code limit + 1}. A chain that loops ends where it meets itself, as PDFBox's walk does. Each
     * count is kept, so a chain shared by many pages is climbed once.
     */
    private int ancestors(COSDictionary node) {
        Deque<COSDictionary> climbed = new ArrayDeque<>();
        Set<COSDictionary> onChain = Collections.newSetFromMap(new IdentityHashMap<>());
        int aboveTop = -1; // the ancestors of the dictionary above the topmost one climbed; -1: there is none
        COSDictionary current = node;
        while (current != null && onChain.add(current)) {
            Integer known = ancestorCounts.get(current);
            if (known != null) {
                aboveTop = known;
                break;
            }
            if (climbed.size() > limit) {
                return limit + 1;
            }
            climbed.push(current);
            current = current.getCOSDictionary(COSName.PARENT, COSName.P);
        }
        int count = aboveTop;
        while (!climbed.isEmpty()) {
            ancestorCounts.put(climbed.pop(), ++count);
        }
        return count;
    }

    /** The dictionaries among a node's kids, one after the other; entries of any other type are passed over. */
    private static final class KidsCursor {

        private final COSArray kids;
        private int next;

        KidsCursor(COSArray kids) {
            this.kids = kids;
        }

        COSDictionary next() {
            while (kids != null && next < kids.size()) {
                if (kids.getObject(next++) instanceof COSDictionary kid) {
                    return kid;
                }
            }
            return null;
        }
    }
}
