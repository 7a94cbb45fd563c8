package io.ledgerlint.validate.engine;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.domain.document.DocumentFactsReader;
import io.ledgerlint.validate.table.TableView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One document as the rules see it: the extraction, a {@link TableView} per table and the document type. Facts that
 * several rules need (the parsed narrative, the report year …) are computed once through {@link #derived}.
 */
public final class ValidationContext {

    private final TablesExtracted document;
    private final Map<String, TableView> tables = new HashMap<>();
    private final Map<Object, Object> derived = new HashMap<>();
    private final TablesExtracted.DocumentFacts facts;
    private final DocumentType documentType;

    public ValidationContext(TablesExtracted document) {
        this.document = document;
        for (TablesExtracted.Table table : nullSafe(document.tables())) {
            tables.putIfAbsent(table.id(), new TableView(table));
        }
        this.facts = DocumentFactsReader.of(document);
        this.documentType = TablesExtracted.DocumentFacts.SELF_EVALUATION.equals(facts.kind())
                ? DocumentType.SELF_EVALUATION : DocumentType.FULL;
    }

    public TablesExtracted document() {
        return document;
    }

    public DocumentType documentType() {
        return documentType;
    }

    /** What the document is, as parse-service decided it (read once here for events from before it did). */
    public TablesExtracted.DocumentFacts facts() {
        return facts;
    }

    /**
     * The table with this id ({@code "01"}…{@code "09"}, {@code perf-overall} …), if it was extracted and its cells
     * were read reliably enough to judge ({@link TableView#readReliably()}). Rules that check amounts ask here, so
     * that a doubtful reading leaves them silent instead of turning a misread into a finding.
     */
    public Optional<TableView> table(String id) {
        return printedTable(id).filter(TableView::readReliably);
    }

    /** The table with this id however it was read: for what its caption says (presence, 部门, 单位), not its cells. */
    public Optional<TableView> printedTable(String id) {
        return Optional.ofNullable(tables.get(id));
    }

    /** Every extracted table whose cells are not reliable enough to judge, in document order. */
    public List<TableView> unreliableTables() {
        return nullSafe(document.tables()).stream().map(t -> tables.get(t.id())).distinct()
                .filter(view -> !view.readReliably()).toList();
    }

    public List<TablesExtracted.Section> sections() {
        return nullSafe(document.sections());
    }

    public List<TablesExtracted.PageText> pages() {
        return nullSafe(document.pages());
    }

    /**
     * A value computed from this document once and shared by every rule asking with the same key (use a constant
     * as key, e.g. the computing function's holder class).
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<ValidationContext, T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this);
            derived.put(key, value);
        }
        return (T) value;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
