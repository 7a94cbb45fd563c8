package io.ledgerlint.report.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The keys and parameters of the UI's texts, which templates print with {@code {msg:key}}. The texts are in
 * {@code messages/msg_zh.properties} (Chinese, the default) and {@code messages/msg_en.properties} (English); the
 * build checks both files and every template against these methods.
 */
@MessageBundle(value = "msg", locale = "zh")
public interface Messages {

    @Message String appName();
    @Message String otherLanguage();
    @Message String documents();
    @Message String allDocuments();
    @Message String batchSummary();
    @Message String documentCount(long count);
    @Message String failingRules();
    @Message String errorDepartments();
    @Message String noData();
    @Message String searchPlaceholder();
    @Message String anyStatus();
    @Message String anySeverity();
    @Message String filter();
    @Message String clear();
    @Message String file();
    @Message String department();
    @Message String year();
    @Message String status();
    @Message String received();
    @Message String updated();
    @Message String title();
    @Message String pages();
    @Message String documentId();
    @Message String error();
    @Message String severity(String severity);
    @Message String noDocuments();
    @Message String previous();
    @Message String next();
    @Message String range(long from, long to, long total);
    @Message String newDocuments();
    @Message String liveConnected();
    @Message String exports();
    @Message String exportBatch();
    @Message String exportCsv();
    @Message String exportXlsx();
    @Message String exportPdf();
    @Message String apiDocs();
    @Message String findings();
    @Message String notValidated();
    @Message String noFindings();
    @Message String counts(long error, long warning, long info);
    @Message String actual();
    @Message String expected();
    @Message String formula();
    @Message String table(String table);
    @Message String section(String section);
    @Message String row(String row);
    @Message String column(String column);
    @Message String page(int page);
    @Message String showInTable();
    @Message String showOnPage(int page);
    @Message String previewPage(int page);
    @Message String confidence(String confidence);
    @Message String narrative();
    @Message String disagrees();
    @Message String tables();
    @Message String notParsed();
    @Message String unit(String unit);
    @Message String sections();
    @Message String operations();
    @Message String topics();
    @Message String topic();
    @Message String partition();
    @Message String endOffset();
    @Message String recordsPerSecond();
    @Message String consumerLag();
    @Message String consumerGroup();
    @Message String committedOffset();
    @Message String lag();
    @Message String deadLetters();
    @Message String depth();
    @Message String newestDeadLetters();
    @Message String stageLatencies();
    @Message String step();
    @Message String measuredDocuments();
    @Message String kafkaUnreachable();
    @Message String noCommittedOffsets();
    @Message String none();
    @Message String opsRefresh();
}
