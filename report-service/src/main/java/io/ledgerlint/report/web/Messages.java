package io.ledgerlint.report.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The UI's texts, Chinese by default; {@link EnglishMessages} has the English ones. Templates use {@code {msg:…}}. */
@MessageBundle(value = "msg", locale = "zh")
public interface Messages {

    @Message("部门决算检查")
    String appName();

    @Message("English")
    String otherLanguage();

    @Message("文档")
    String documents();

    @Message("← 全部文档")
    String allDocuments();

    @Message("批次概况")
    String batchSummary();

    @Message("共 {count} 份文档")
    String documentCount(long count);

    @Message("最常不通过的规则（错误与警告条数）")
    String failingRules();

    @Message("错误最多的部门（错误条数）")
    String errorDepartments();

    @Message("暂无数据")
    String noData();

    @Message("搜索文件名或部门")
    String searchPlaceholder();

    @Message("全部状态")
    String anyStatus();

    @Message("全部严重程度")
    String anySeverity();

    @Message("筛选")
    String filter();

    @Message("清除")
    String clear();

    @Message("文件")
    String file();

    @Message("部门")
    String department();

    @Message("年度")
    String year();

    @Message("状态")
    String status();

    @Message("接收时间")
    String received();

    @Message("更新时间")
    String updated();

    @Message("标题")
    String title();

    @Message("页数")
    String pages();

    @Message("文档编号")
    String documentId();

    @Message("错误原因")
    String error();

    @Message("{#when severity}{#is 'error'}错误{#is 'warning'}警告{#else}提示{/when}")
    String severity(String severity);

    @Message("没有符合条件的文档。")
    String noDocuments();

    @Message("上一页")
    String previous();

    @Message("下一页")
    String next();

    @Message("第 {from}–{to} 条，共 {total} 条")
    String range(long from, long to, long total);

    @Message("有新文档，刷新页面查看。")
    String newDocuments();

    @Message("实时更新已连接")
    String liveConnected();

    @Message("导出")
    String exports();

    @Message("全部文档 (XLSX)")
    String exportBatch();

    @Message("问题清单 (CSV)")
    String exportCsv();

    @Message("问题清单 (XLSX)")
    String exportXlsx();

    @Message("报告 (PDF)")
    String exportPdf();

    @Message("API 文档")
    String apiDocs();

    @Message("检查结果")
    String findings();

    @Message("尚未完成检查。")
    String notValidated();

    @Message("未发现问题。")
    String noFindings();

    @Message("{error} 个错误 · {warning} 个警告 · {info} 个提示")
    String counts(long error, long warning, long info);

    @Message("发现值")
    String actual();

    @Message("应为")
    String expected();

    @Message("计算方式")
    String formula();

    @Message("表 {table}")
    String table(String table);

    @Message("章节 {section}")
    String section(String section);

    @Message("行 {row}")
    String row(String row);

    @Message("列 {column}")
    String column(String column);

    @Message("第 {page} 页")
    String page(int page);

    @Message("在表中查看")
    String showInTable();

    @Message("在原文第 {page} 页标出")
    String showOnPage(int page);

    @Message("预览第 {page} 页")
    String previewPage(int page);

    @Message("置信度 {confidence}")
    String confidence(String confidence);

    @Message("经核对的说明文字")
    String narrative();

    @Message("与表格或自身不一致")
    String disagrees();

    @Message("表格")
    String tables();

    @Message("尚未解析。")
    String notParsed();

    @Message("单位 {unit}")
    String unit(String unit);

    @Message("章节目录")
    String sections();
}
