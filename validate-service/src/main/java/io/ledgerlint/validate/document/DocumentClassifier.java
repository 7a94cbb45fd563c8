package io.ledgerlint.validate.document;

import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.domain.text.Whitespace;
import io.ledgerlint.validate.engine.DocumentType;

/**
 * Rule DOC-TYPE (rules.md §1): a document with 公开0x表 (or their titles) is a full 部门决算公开; one whose title names an
 * 整体支出绩效自评报告 and that has no 公开表 is a standalone self-evaluation report. Anything else is treated as full,
 * so that a document missing its tables is reported by DOC-TABLES-PRESENT rather than silently skipped.
 */
public final class DocumentClassifier {

    private DocumentClassifier() {
    }

    public static DocumentType classify(TablesExtracted document) {
        boolean hasStandardTables = document.tables() != null
                && document.tables().stream().anyMatch(t -> t.id() != null && t.id().matches("0[1-9]"));
        String title = Whitespace.removed(document.title());
        if (!hasStandardTables && title.contains("整体支出绩效自评报告")) {
            return DocumentType.SELF_EVALUATION;
        }
        return DocumentType.FULL;
    }
}
