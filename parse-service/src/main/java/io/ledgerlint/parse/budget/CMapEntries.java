package io.ledgerlint.parse.budget;

import java.io.OutputStream;

/**
 * Counts the entries of a CMap as its bytes pass, without building it: the items between {@code beginbfrange} and
 * {@code endbfrange} (and the other {@code begin…range}/{@code begin…char} sections), three to a range and two to a
 * single code, whatever count the section header claims. Charges the running count to the
 * {@link Budget#CMAP_ENTRIES} budget, so an oversized CMap stops the document before PDFBox parses it.
 */
final class CMapEntries extends OutputStream {

    private static final int MAX_TOKEN = 32;

    private final DocumentBudget budget;
    private final StringBuilder token = new StringBuilder();
    /** Items per entry in the current section, 0 outside one. */
    private int itemsPerEntry;
    private long items;
    private long entries;
    private int arrayDepth;
    private boolean inHexString;
    private boolean afterLessThan;
    private boolean inComment;
    private int literalDepth;
    private boolean escaped;

    CMapEntries(DocumentBudget budget) {
        this.budget = budget;
    }

    @Override
    public void write(int b) {
        char c = (char) (b & 0xFF);
        if (inComment) {
            inComment = c != '\n' && c != '\r';
        } else if (literalDepth > 0) {
            literal(c);
        } else if (inHexString) {
            if (c == '>') {
                inHexString = false;
                item();
            }
        } else if (afterLessThan) {
            afterLessThan = false;
            if (c != '<') { // "<<" opens a dictionary, "<" a hex string
                inHexString = true;
                write(b);
            }
        } else {
            delimiterOrToken(c);
        }
    }

    private void delimiterOrToken(char c) {
        switch (c) {
            case ' ', '\t', '\n', '\r', '\f', '\0', '{', '}', '>' -> endToken();
            case '%' -> {
                endToken();
                inComment = true;
            }
            case '<' -> {
                endToken();
                afterLessThan = true;
            }
            case '(' -> {
                endToken();
                literalDepth = 1;
            }
            case '[' -> {
                endToken();
                arrayDepth++;
            }
            case ']' -> {
                endToken();
                arrayDepth = Math.max(0, arrayDepth - 1);
                if (arrayDepth == 0) {
                    item();
                }
            }
            case '/' -> {
                endToken();
                token.append(c);
            }
            default -> {
                if (token.length() < MAX_TOKEN) {
                    token.append(c);
                }
            }
        }
    }

    private void literal(char c) {
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '(') {
            literalDepth++;
        } else if (c == ')' && --literalDepth == 0) {
            item();
        }
    }

    private void endToken() {
        if (token.isEmpty()) {
            return;
        }
        String word = token.toString();
        token.setLength(0);
        if (word.startsWith("begin") && (word.endsWith("range") || word.endsWith("char"))) {
            itemsPerEntry = word.endsWith("range") && !word.equals("begincodespacerange") ? 3 : 2;
            items = 0;
        } else if (word.startsWith("end")) {
            itemsPerEntry = 0;
        } else {
            item();
        }
    }

    /** A hex string, number, name, literal string or array: one item of an entry when in a section. */
    private void item() {
        if (itemsPerEntry == 0 || arrayDepth > 0) {
            return;
        }
        items++;
        if (items % itemsPerEntry == 1) {
            entries++;
            budget.cmapEntries(entries);
        }
    }
}
