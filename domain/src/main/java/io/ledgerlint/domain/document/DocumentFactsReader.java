package io.ledgerlint.domain.document;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.DocumentFacts;
import io.ledgerlint.contracts.events.TablesExtracted.PageText;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.domain.table.TableKinds;
import io.ledgerlint.domain.text.Whitespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a document is (rules.md §1), for which fiscal year and department. parse-service decides it once and
 * carries it in the event; consumers of events from before that read it here, with the same rules.
 */
public final class DocumentFactsReader {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final String NARRATIVE_PART = "第三部分";

    private DocumentFactsReader() {
    }

    /** The facts the extraction carries, or, for one from before they were carried, read from it. */
    public static DocumentFacts of(TablesExtracted extraction) {
        return extraction.facts() != null ? extraction.facts()
                : read(extraction.title(), extraction.tables(), extraction.sections(), extraction.pages());
    }

    public static DocumentFacts read(String title, List<Table> tables, List<Section> sections, List<PageText> pages) {
        List<Table> allTables = tables == null ? List.of() : tables;
        return new DocumentFacts(kind(title, allTables), year(title, sections, pages), department(allTables));
    }

    /**
     * A document with 公开0x表 is a full 部门决算公开; one whose title names an 整体支出绩效自评报告 and that has no 公开表
     * is a standalone self-evaluation report. Anything else counts as full, so that a document missing its tables is
     * reported missing them rather than silently skipped.
     */
    private static String kind(String title, List<Table> tables) {
        boolean hasStandardTables = tables.stream().anyMatch(table -> TableKinds.isStandard(table.id()));
        return !hasStandardTables && Whitespace.removed(title).contains("整体支出绩效自评报告")
                ? DocumentFacts.SELF_EVALUATION : DocumentFacts.FULL;
    }

    /** The first year in the cover title, else in the 第三部分 heading, else on the first page. */
    private static Integer year(String title, List<Section> sections, List<PageText> pages) {
        List<String> sources = new ArrayList<>();
        sources.add(title);
        if (sections != null) {
            sections.stream().filter(s -> s.level() == 1 && Whitespace.removed(s.heading()).startsWith(NARRATIVE_PART))
                    .forEach(s -> sources.add(s.heading()));
        }
        if (pages != null && !pages.isEmpty()) {
            sources.add(pages.get(0).text());
        }
        return sources.stream().map(DocumentFactsReader::firstYear).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Integer firstYear(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The first table's 部门 line that names a department. */
    private static String department(List<Table> tables) {
        return tables.stream().map(Table::department).filter(Objects::nonNull).map(String::strip)
                .filter(name -> !name.isEmpty()).findFirst().orElse(null);
    }
}
