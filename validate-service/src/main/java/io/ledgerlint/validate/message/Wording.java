package io.ledgerlint.validate.message;

import io.ledgerlint.domain.table.StandardTable;
import io.ledgerlint.domain.text.Whitespace;
import io.ledgerlint.validate.arithmetic.Amounts;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How findings name what they point at and what they found, in Chinese and English, so that every rule words it alike
 * and no value can run into its neighbour: each label is quoted (“…” in Chinese, "…" in English) and each part
 * carries its own marker.
 *
 * <ul>
 *   <li>a table by its label: 公开02表 / Table 02;</li>
 *   <li>a row by code and name: “2010301 行政运行”行 / row "2010301 行政运行";</li>
 *   <li>a column by 栏次 and header: 第2栏“财政拨款收入” / column 2 "财政拨款收入";</li>
 *   <li>a cell as table, row and column: 公开02表“2010301 行政运行”行第2栏“财政拨款收入” /
 *       Table 02, row "2010301 行政运行", column 2 "财政拨款收入";</li>
 *   <li>an amount with its unit: 949.98万元 / 949.98 (10k yuan); percentages, counts and years likewise.</li>
 * </ul>
 *
 * Catalogue templates put these phrases into fixed sentences: "{cell}与{other}不一致：表中为{found}，应为{expected}，差{diff}"
 * / "{cell} does not match {other}: shows {found}, expected {expected}, a difference of {diff}".
 */
public final class Wording {

    /** The unit of amounts unless a table states another (rules.md §1). */
    public static final String TEN_THOUSAND_YUAN = "万元";
    private static final String YUAN = "元";
    /** The nine 公开表 by id: nearly every finding's place starts with one. */
    private static final Map<String, Phrase> STANDARD_TABLES = Arrays.stream(StandardTable.values())
            .collect(Collectors.toUnmodifiableMap(StandardTable::id, t -> Phrase.of(t.marker(), "Table " + t.id())));

    private Wording() {
    }

    // ---------------------------------------------------------------------------------------------------- places

    /** 公开02表 / Table 02 for the nine 公开表; any other table by its id, quoted. */
    public static Phrase table(String id) {
        Phrase standard = STANDARD_TABLES.get(id);
        return standard != null ? standard : Phrase.of("表“" + id + "”", "table \"" + id + "\"");
    }

    /** A table as {@link #table(String)}; a table other than the nine by its printed title when it has one. */
    public static Phrase table(TableView table) {
        String title = table.table().title();
        if (STANDARD_TABLES.containsKey(table.id()) || title == null || title.isBlank()) {
            return table(table.id());
        }
        return titled(compact(title));
    }

    /** 公开01表“收入支出决算总表” / Table 01 "收入支出决算总表". */
    public static Phrase titledTable(StandardTable table) {
        return Phrase.of(table.marker() + "“" + table.title() + "”", "Table " + table.id() + " \"" + table.title() + "\"");
    }

    /** A table named only by its title: “整体支出绩效自评表” / table "整体支出绩效自评表". */
    public static Phrase titled(String title) {
        return Phrase.of("“" + title + "”", "table \"" + title + "\"");
    }

    /** 公开01表、公开03表 / Tables 01 and 03. */
    public static Phrase tables(List<String> ids) {
        if (ids.size() == 1) {
            return table(ids.get(0));
        }
        List<Phrase> each = ids.stream().map(Wording::table).toList();
        Phrase joined = and(each);
        return Phrase.of(joined.in(Language.ZH),
                "Tables " + and(ids.stream().map(Phrase::same).toList()).in(Language.EN));
    }

    /** A row by code and name, without its table: “2010301 行政运行”行 / row "2010301 行政运行". */
    public static Phrase row(String code, String label) {
        String name = rowText(code, label);
        return Phrase.of("“" + name + "”行", "row \"" + name + "\"");
    }

    /** A row without its table: {@link #row(String, String)} of the row's code and label. */
    public static Phrase rowName(TableRow row) {
        return row(row.code(), row.label());
    }

    /** A row with its table: 公开03表“2010301 行政运行”行 / Table 03, row "2010301 行政运行". */
    public static Phrase row(TableRow row) {
        return joinPlace(table(row.table()), hasName(row) ? rowName(row) : null, null);
    }

    /** A place from its parts: the table, then the row and the column when given (null: not part of the place). */
    public static Phrase place(Phrase table, Phrase row, Phrase column) {
        return joinPlace(table, row, column);
    }

    /** A column by 栏次 and header: 第2栏“财政拨款收入” / column 2 "财政拨款收入"; either may be missing. */
    public static Phrase column(Integer lanci, String header) {
        boolean named = header != null && !header.isBlank();
        if (lanci == null) {
            return named ? Phrase.of("“" + header + "”栏", "column \"" + header + "\"")
                    : Phrase.of("未命名的栏", "an unnamed column");
        }
        return named ? Phrase.of("第" + lanci + "栏“" + header + "”", "column " + lanci + " \"" + header + "\"")
                : Phrase.of("第" + lanci + "栏", "column " + lanci);
    }

    /** The column of 栏次 {@code lanci} in {@code table}, with its header. */
    public static Phrase column(TableView table, int lanci) {
        return column(lanci, table.columnName(lanci));
    }

    /** One cell: 公开02表“2010301 行政运行”行第2栏“财政拨款收入” / Table 02, row "2010301 行政运行", column 2 "财政拨款收入". */
    public static Phrase cell(TableRow row, int lanci) {
        return joinPlace(table(row.table()), hasName(row) ? rowName(row) : null, column(row.table(), lanci));
    }

    /** The single amount of a row (公开06表): its table, row and the amount column's header. */
    public static Phrase amountCell(TableRow row) {
        String header = row.amountColumnName();
        return joinPlace(table(row.table()), hasName(row) ? rowName(row) : null,
                header.isEmpty() ? null : column(null, header));
    }

    /** A part of the narrative by its heading: “五、一般公共预算财政拨款支出决算情况说明” / section "五、…". */
    public static Phrase section(String heading) {
        String text = Whitespace.collapsed(heading);
        return Phrase.of("“" + text + "”", "section \"" + text + "\"");
    }

    /** A label, name or text quoted: “行政运行” / "行政运行"; a blank one as 空白 / blank, never as empty quotes. */
    public static Phrase quote(String text) {
        String value = text == null ? "" : text.strip();
        return value.isEmpty() ? Phrase.of("空白", "blank") : Phrase.of("“" + value + "”", "\"" + value + "\"");
    }

    // ---------------------------------------------------------------------------------------------------- values

    /** The unit a table states for its amounts (万元 when it states none). */
    public static String unitOf(TableView table) {
        String unit = table.table().unit();
        return unit == null || unit.isBlank() ? TEN_THOUSAND_YUAN : unit.strip();
    }

    /** An amount in 万元: 949.98万元 / 949.98 (10k yuan). */
    public static Phrase amount(BigDecimal value) {
        return amount(value, TEN_THOUSAND_YUAN);
    }

    /** An amount in the unit a table states (元 or 万元; anything else is read as 万元). */
    public static Phrase amount(BigDecimal value, String unit) {
        String number = Amounts.format(value);
        return YUAN.equals(unit == null ? null : unit.strip())
                ? Phrase.of(number + "元", number + " yuan")
                : Phrase.of(number + "万元", number + " (10k yuan)");
    }

    /** How far apart two amounts are, without sign (the found and expected values say which is larger). */
    public static Phrase difference(BigDecimal found, BigDecimal expected, String unit) {
        return amount(found.subtract(expected).abs(), unit);
    }

    /**
     * How far apart two amounts of tables in {@code units} are: {@link #difference(BigDecimal, BigDecimal, String)}
     * when they all state one unit; otherwise the bare number, marked as not converted.
     */
    public static Phrase difference(BigDecimal found, BigDecimal expected, List<String> units) {
        List<String> distinct = units.stream().map(u -> YUAN.equals(u) ? YUAN : TEN_THOUSAND_YUAN).distinct().toList();
        if (distinct.size() <= 1) {
            return difference(found, expected, distinct.isEmpty() ? TEN_THOUSAND_YUAN : distinct.get(0));
        }
        String number = Amounts.format(found.subtract(expected).abs());
        return Phrase.of(number + "（两表金额单位不同，未换算）", number + " (the tables state different units, not converted)");
    }

    /** A percentage as printed: 12.5%. */
    public static Phrase percent(BigDecimal value) {
        return Phrase.same(value.toPlainString() + "%");
    }

    /** A percentage given as text ("95.00"). */
    public static Phrase percent(String value) {
        return Phrase.same(value + "%");
    }

    /** A count with its measure word: 8人 / 8 persons. */
    public static Phrase count(Number value, String zhUnit, String enSingular, String enPlural) {
        String number = value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                : String.valueOf(value);
        return Phrase.of(number + zhUnit, number + " " + ("1".equals(number) ? enSingular : enPlural));
    }

    /** A year: 2024年 / 2024. */
    public static Phrase year(int year) {
        return Phrase.of(year + "年", String.valueOf(year));
    }

    /** What a comparison found where the table prints no such row. */
    public static Phrase absent() {
        return Phrase.of("空（未列示该行）", "nothing (no such row is printed)");
    }

    /** Labelled amounts, e.g. the same budget read in several places: “第三部分年初预算”为12.00万元；… */
    public static Phrase amounts(Map<String, BigDecimal> byLabel) {
        List<Phrase> each = new ArrayList<>();
        byLabel.forEach((label, value) -> {
            Phrase quoted = quote(label);
            Phrase amount = amount(value);
            each.add(Phrase.of(quoted.in(Language.ZH) + "为" + amount.in(Language.ZH),
                    quoted.in(Language.EN) + " " + amount.in(Language.EN)));
        });
        return Phrase.of(join(each, Language.ZH, "；"), join(each, Language.EN, "; "));
    }

    // ---------------------------------------------------------------------------------------------- combinations

    /** A、B与C / A, B and C. */
    public static Phrase and(List<Phrase> phrases) {
        return Phrase.of(list(phrases, Language.ZH, "、", "与"), list(phrases, Language.EN, ", ", " and "));
    }

    /** A、B与C之和 / the sum of A, B and C. */
    public static Phrase sumOf(List<Phrase> phrases) {
        return Phrase.of(list(phrases, Language.ZH, "、", "与") + "之和",
                "the sum of " + list(phrases, Language.EN, ", ", " and "));
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static String rowText(String code, String label) {
        boolean hasCode = code != null && !code.isBlank();
        boolean hasLabel = label != null && !label.isBlank();
        return hasCode && hasLabel ? code + " " + label : hasCode ? code : hasLabel ? label : "";
    }

    private static boolean hasName(TableRow row) {
        return !rowText(row.code(), row.label()).isEmpty();
    }

    /** Table, row and column of one place: no separator in Chinese (公开02表“…”行第2栏), commas in English. */
    private static Phrase joinPlace(Phrase table, Phrase row, Phrase column) {
        StringBuilder zh = new StringBuilder(table.in(Language.ZH));
        StringBuilder en = new StringBuilder(table.in(Language.EN));
        for (Phrase part : new Phrase[] {row, column}) {
            if (part != null && !part.in(Language.EN).isEmpty()) {
                zh.append(part.in(Language.ZH));
                en.append(", ").append(part.in(Language.EN));
            }
        }
        return Phrase.of(zh.toString(), en.toString());
    }

    private static String list(List<Phrase> phrases, Language language, String comma, String last) {
        List<String> texts = phrases.stream().map(p -> p.in(language)).toList();
        if (texts.size() <= 1) {
            return texts.isEmpty() ? "" : texts.get(0);
        }
        return String.join(comma, texts.subList(0, texts.size() - 1)) + last + texts.get(texts.size() - 1);
    }

    private static String join(List<Phrase> phrases, Language language, String separator) {
        return String.join(separator, phrases.stream().map(p -> p.in(language)).toList());
    }

    private static String compact(String text) {
        return Whitespace.removed(text);
    }
}
