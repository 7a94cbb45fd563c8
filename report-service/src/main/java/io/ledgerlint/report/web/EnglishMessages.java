package io.ledgerlint.report.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The UI's English texts ({@code ?lang=en}). */
@Localized("en")
public interface EnglishMessages extends Messages {

    @Override
    @Message("Final accounts checks")
    String appName();

    @Override
    @Message("中文")
    String otherLanguage();

    @Override
    @Message("Documents")
    String documents();

    @Override
    @Message("← all documents")
    String allDocuments();

    @Override
    @Message("Batch summary")
    String batchSummary();

    @Override
    @Message("{count} documents")
    String documentCount(long count);

    @Override
    @Message("Rules failing most often (error and warning findings)")
    String failingRules();

    @Override
    @Message("Departments with the most errors")
    String errorDepartments();

    @Override
    @Message("Nothing yet")
    String noData();

    @Override
    @Message("Search filename or department")
    String searchPlaceholder();

    @Override
    @Message("Any status")
    String anyStatus();

    @Override
    @Message("Any severity")
    String anySeverity();

    @Override
    @Message("Filter")
    String filter();

    @Override
    @Message("Clear")
    String clear();

    @Override
    @Message("File")
    String file();

    @Override
    @Message("Department")
    String department();

    @Override
    @Message("Year")
    String year();

    @Override
    @Message("Status")
    String status();

    @Override
    @Message("Received")
    String received();

    @Override
    @Message("Updated")
    String updated();

    @Override
    @Message("Title")
    String title();

    @Override
    @Message("Pages")
    String pages();

    @Override
    @Message("Document id")
    String documentId();

    @Override
    @Message("Error")
    String error();

    @Override
    @Message("{#when severity}{#is 'error'}Errors{#is 'warning'}Warnings{#else}Info{/when}")
    String severity(String severity);

    @Override
    @Message("No documents match.")
    String noDocuments();

    @Override
    @Message("previous")
    String previous();

    @Override
    @Message("next")
    String next();

    @Override
    @Message("{from}–{to} of {total}")
    String range(long from, long to, long total);

    @Override
    @Message("New documents arrived: reload to see them.")
    String newDocuments();

    @Override
    @Message("live updates connected")
    String liveConnected();

    @Override
    @Message("Export")
    String exports();

    @Override
    @Message("All documents (XLSX)")
    String exportBatch();

    @Override
    @Message("Findings (CSV)")
    String exportCsv();

    @Override
    @Message("Findings (XLSX)")
    String exportXlsx();

    @Override
    @Message("Report (PDF)")
    String exportPdf();

    @Override
    @Message("API docs")
    String apiDocs();

    @Override
    @Message("Findings")
    String findings();

    @Override
    @Message("Not validated yet.")
    String notValidated();

    @Override
    @Message("No findings.")
    String noFindings();

    @Override
    @Message("{error} errors · {warning} warnings · {info} info")
    String counts(long error, long warning, long info);

    @Override
    @Message("found")
    String actual();

    @Override
    @Message("expected")
    String expected();

    @Override
    @Message("formula")
    String formula();

    @Override
    @Message("table {table}")
    String table(String table);

    @Override
    @Message("section {section}")
    String section(String section);

    @Override
    @Message("row {row}")
    String row(String row);

    @Override
    @Message("column {column}")
    String column(String column);

    @Override
    @Message("page {page}")
    String page(int page);

    @Override
    @Message("show in table")
    String showInTable();

    @Override
    @Message("outlined on page {page}")
    String showOnPage(int page);

    @Override
    @Message("preview page {page}")
    String previewPage(int page);

    @Override
    @Message("confidence {confidence}")
    String confidence(String confidence);

    @Override
    @Message("Narrative sentences checked")
    String narrative();

    @Override
    @Message("disagrees with the tables or itself")
    String disagrees();

    @Override
    @Message("Tables")
    String tables();

    @Override
    @Message("Not parsed yet.")
    String notParsed();

    @Override
    @Message("unit {unit}")
    String unit(String unit);

    @Override
    @Message("Section headings")
    String sections();
}
