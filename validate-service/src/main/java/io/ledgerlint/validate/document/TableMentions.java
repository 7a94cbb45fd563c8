package io.ledgerlint.validate.document;

import io.ledgerlint.contracts.events.TablesExtracted.PageText;
import io.ledgerlint.domain.table.StandardTable;
import io.ledgerlint.validate.table.Labels;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where the document's text names a standard table: its marker (公开09表) on a page, or its title on two pages (the
 * 目录 lists titles once). A table named there but not among the extracted tables was printed and could not be read;
 * it is not missing.
 */
public final class TableMentions {

    private TableMentions() {
    }

    /** The first page naming the table, empty when the text never does. */
    public static OptionalInt page(List<PageText> pages, StandardTable table) {
        String marker = table.marker();
        String title = Labels.normalise(table.title());
        OptionalInt titled = OptionalInt.empty();
        int titles = 0;
        for (PageText page : pages) {
            String text = Labels.normalise(page.text());
            if (text.contains(marker)) {
                return OptionalInt.of(page.page());
            }
            if (text.contains(title) && ++titles == 2) {
                titled = OptionalInt.of(page.page());
            }
        }
        return titled;
    }
}
