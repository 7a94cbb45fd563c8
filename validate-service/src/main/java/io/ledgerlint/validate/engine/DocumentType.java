package io.ledgerlint.validate.engine;

/** The kinds of document rules.md §1 distinguishes; a rule's catalogue entry lists the kinds it applies to. */
public enum DocumentType {
    /** 部门决算公开 with the nine 公开表 and the 第三部分 narrative. */
    FULL,
    /** A standalone 整体支出绩效自评报告 without 公开表. */
    SELF_EVALUATION
}
