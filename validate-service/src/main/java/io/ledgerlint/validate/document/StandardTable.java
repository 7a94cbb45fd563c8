package io.ledgerlint.validate.document;

import java.util.Arrays;
import java.util.Optional;

/** The nine 公开表 of rules.md §5 with their ids and printed titles. */
public enum StandardTable {
    T01("01", "收入支出决算总表"),
    T02("02", "收入决算表"),
    T03("03", "支出决算表"),
    T04("04", "财政拨款收入支出决算总表"),
    T05("05", "一般公共预算财政拨款支出决算表"),
    T06("06", "一般公共预算财政拨款基本支出决算明细表"),
    T07("07", "政府性基金预算财政拨款收入支出决算表"),
    T08("08", "国有资本经营预算财政拨款支出决算表"),
    T09("09", "财政拨款“三公”经费支出决算表");

    private final String id;
    private final String title;

    StandardTable(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The printed marker, e.g. 公开01表. */
    public String marker() {
        return "公开" + id + "表";
    }

    public static Optional<StandardTable> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
