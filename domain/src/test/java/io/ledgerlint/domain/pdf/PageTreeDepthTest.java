package io.ledgerlint.domain.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;

class PageTreeDepthTest {

    private static final int LIMIT = 10;

    @Test
    void aChainOfKidsAsLongAsTheLimitIsFineOneMoreIsNot() {
        assertThat(PageTreeDepth.exceeds(chainAbovePage(LIMIT), LIMIT)).isFalse();
        assertThat(PageTreeDepth.exceeds(chainAbovePage(LIMIT + 1), LIMIT)).isTrue();
    }

    @Test
    void countsTheDeepestBranchNotTheFirst() {
        COSDictionary root = node();
        kids(root, page(), chainAbovePage(LIMIT));

        assertThat(PageTreeDepth.exceeds(root, LIMIT)).isTrue();
    }

    @Test
    void climbsParentsOutsideTheTree() {
        COSDictionary root = node();
        COSDictionary page = page();
        kids(root, page);
        page.setItem(COSName.PARENT, parentChain(LIMIT));

        assertThat(PageTreeDepth.exceeds(root, LIMIT)).isFalse();

        page.setItem(COSName.PARENT, parentChain(LIMIT + 1));
        assertThat(PageTreeDepth.exceeds(root, LIMIT)).isTrue();
    }

    @Test
    void acceptsTheAbbreviatedParentKeyAsPdfBoxDoes() {
        COSDictionary root = node();
        COSDictionary page = page();
        kids(root, page);
        page.setItem(COSName.P, parentChain(LIMIT + 1));

        assertThat(PageTreeDepth.exceeds(root, LIMIT)).isTrue();
    }

    @Test
    void endsOnLoopsInKidsAndInParents() {
        COSDictionary root = node();
        COSDictionary middle = node();
        COSDictionary page = page();
        kids(root, middle);
        kids(middle, root, page);
        page.setItem(COSName.PARENT, page);
        root.setItem(COSName.PARENT, middle);
        middle.setItem(COSName.PARENT, root);

        assertThat(PageTreeDepth.exceeds(root, LIMIT)).isFalse();
    }

    @Test
    void passesOverKidsThatAreNoDictionaries() {
        COSDictionary root = node();
        COSArray kids = new COSArray();
        kids.add(COSName.PAGE);
        kids.add(chainAbovePage(LIMIT - 1));
        root.setItem(COSName.KIDS, kids);

        assertThat(PageTreeDepth.exceeds(root, LIMIT)).isFalse();
    }

    /** The root of {@code nodes} /Pages nodes, each the only kid of the one before, the last holding one page. */
    private static COSDictionary chainAbovePage(int nodes) {
        COSDictionary below = page();
        for (int i = 0; i < nodes; i++) {
            COSDictionary node = node();
            kids(node, below);
            below.setItem(COSName.PARENT, node);
            below = node;
        }
        return below;
    }

    /** The lowest of {@code length} /Pages nodes, each the /Parent of the one before. */
    private static COSDictionary parentChain(int length) {
        COSDictionary top = node();
        COSDictionary lowest = top;
        for (int i = 1; i < length; i++) {
            COSDictionary below = node();
            below.setItem(COSName.PARENT, lowest);
            lowest = below;
        }
        return lowest;
    }

    private static COSDictionary node() {
        COSDictionary node = new COSDictionary();
        node.setItem(COSName.TYPE, COSName.PAGES);
        return node;
    }

    private static COSDictionary page() {
        COSDictionary page = new COSDictionary();
        page.setItem(COSName.TYPE, COSName.PAGE);
        return page;
    }

    private static void kids(COSDictionary node, COSDictionary... kids) {
        COSArray array = new COSArray();
        for (COSDictionary kid : kids) {
            array.add(kid);
        }
        node.setItem(COSName.KIDS, array);
    }
}
