package io.ledgerlint.domain.table;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The nine 公开表 of the disclosure template (rules.md §5): their ids, printed titles (with the variants departments
 * print) and how many 栏次 each numbers. Everything that names a standard table takes it from here.
 */
public enum StandardTable {
    T01("01", "收入支出决算总表", 2),
    T02("02", "收入决算表", 7),
    T03("03", "支出决算表", 6),
    T04("04", "财政拨款收入支出决算总表", 5),
    T05("05", "一般公共预算财政拨款支出决算表", 3),
    /** Older templates print it without 明细; its three column groups carry no 栏次. */
    T06("06", "一般公共预算财政拨款基本支出决算明细表", 0, "一般公共预算财政拨款基本支出决算表"),
    T07("07", "政府性基金预算财政拨款收入支出决算表", 6),
    T08("08", "国有资本经营预算财政拨款支出决算表", 3),
    /** 三公 with straight quotes or none, as typesetters print it. */
    T09("09", "财政拨款“三公”经费支出决算表", 12, "财政拨款\"三公\"经费支出决算表", "财政拨款三公经费支出决算表");

    private final String id;
    private final String title;
    private final int lanciCount;
    private final List<String> otherTitles;

    StandardTable(String id, String title, int lanciCount, String... otherTitles) {
        this.id = id;
        this.title = title;
        this.lanciCount = lanciCount;
        this.otherTitles = List.of(otherTitles);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Every title the table is printed under, the template's first. */
    public Stream<String> titles() {
        return Stream.concat(Stream.of(title), otherTitles.stream());
    }

    /**
     * How many 栏次 (amount columns) the template numbers, c1…cN of rules.md §5: T01 收入 c1 | 支出 c2, T04 c1 | c2–c5,
     * T09 预算数 c1–c6 | 决算数 c7–c12; 0 for 公开06表, which has no 栏次 row.
     */
    public int lanciCount() {
        return lanciCount;
    }

    /** The printed marker, e.g. 公开01表. */
    public String marker() {
        return "公开" + id + "表";
    }

    public static Optional<StandardTable> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
