package io.ledgerlint.parse.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Measures a page tree without recursion, before PDFBox walks it recursively: down through {@code /Kids} to list the
 * pages, and up through {@code /Parent} whenever a page looks up an inherited attribute ({@code /Resources},
 * {@code /MediaBox}, {@code /Rotate}). A tree thousands of levels deep either way overflows the stack of the thread
 * that parses, after costing time and memory in proportion; this walk stops at the limit. It goes where PDFBox goes:
 * kids that are not dictionaries are passed over, a node with kids is entered once, and the climb goes through
 * {@code /Pages} nodes only and ends where it meets itself.
 */
final class PageTreeDepth {

    private final int limit;
    private final Set<COSDictionary> entered = Collections.newSetFromMap(new IdentityHashMap<>());
    /** How many /Pages nodes lie above a dictionary along /Parent, for those already climbed from. */
    private final Map<COSDictionary, Integer> ancestors = new IdentityHashMap<>();

    private PageTreeDepth(int limit) {
        this.limit = limit;
    }

    /** Whether a node under {@code root} lies more than {@code limit} levels below it, or below its /Parent chain. */
    static boolean exceeds(COSDictionary root, int limit) {
        return new PageTreeDepth(limit).exceedsFrom(root);
    }

    private boolean exceedsFrom(COSDictionary root) {
        // The path from the root down to the node being looked at, as the kids still to visit at each level.
        Deque<Iterator<COSDictionary>> path = new ArrayDeque<>();
        path.push(kids(root));
        while (!path.isEmpty()) {
            if (!path.peek().hasNext()) {
                path.pop();
                continue;
            }
            COSDictionary kid = path.peek().next();
            if (path.size() > limit || ancestors(kid) > limit) {
                return true;
            }
            if (kid.containsKey(COSName.KIDS) && entered.add(kid)) {
                path.push(kids(kid));
            }
        }
        return false;
    }

    /** The /Pages nodes above {@code node} along /Parent (or /P, which PDFBox accepts too), counted to limit + 1. */
    private int ancestors(COSDictionary node) {
        Deque<COSDictionary> climbed = new ArrayDeque<>();
        Set<COSDictionary> onChain = Collections.newSetFromMap(new IdentityHashMap<>());
        COSDictionary current = node;
        int aboveTop = -1; // the count of the dictionary the climb stopped at, if known; -1: none above the top
        while (current != null && onChain.add(current)) {
            Integer known = ancestors.get(current);
            if (known != null) {
                aboveTop = known;
                break;
            }
            if (climbed.size() > limit) {
                return limit + 1;
            }
            climbed.push(current);
            COSDictionary parent = current.getCOSDictionary(COSName.PARENT, COSName.P);
            current = parent != null && COSName.PAGES.equals(parent.getCOSName(COSName.TYPE)) ? parent : null;
        }
        int count = aboveTop;
        while (!climbed.isEmpty()) {
            ancestors.put(climbed.pop(), ++count);
        }
        return count;
    }

    private static Iterator<COSDictionary> kids(COSDictionary node) {
        COSArray kids = node.getCOSArray(COSName.KIDS);
        List<COSDictionary> dictionaries = new ArrayList<>();
        for (int i = 0; kids != null && i < kids.size(); i++) {
            if (kids.getObject(i) instanceof COSDictionary kid) {
                dictionaries.add(kid);
            }
        }
        return dictionaries.iterator();
    }
}
