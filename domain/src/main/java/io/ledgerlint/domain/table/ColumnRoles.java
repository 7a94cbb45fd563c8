package io.ledgerlint.domain.table;

import io.ledgerlint.contracts.events.TablesExtracted.ColumnRole;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides a column's role from its header path and from its body cells. The header speaks first; the content
 * corrects it where the header cannot be trusted: a column of 1, 2, 3 … is 行次 whatever its header (row numbers
 * read as money were the worst false alarms), a generic 项目 header spanning the code column gives way to codes,
 * and text under an amount-sounding header is labels.
 */
final class ColumnRoles {

    private static final Pattern ROW_NUMBER_HEADER = Pattern.compile("行次");
    private static final Pattern CODE_HEADER = Pattern.compile("编码|代码");
    private static final Pattern NAME_HEADER = Pattern.compile("名称|科目");
    /** Remarks and explanations: text that names no row. */
    private static final Pattern TEXT_HEADER = Pattern.compile("备注|说明|原因|措施");
    private static final Pattern PERCENT_HEADER = Pattern.compile("[%％]|率$|占比|比例");
    private static final Pattern AMOUNT_HEADER = Pattern.compile(
            "金额|决算|预算|执行数|合计|小计|总计|支出|收入|费|结余|结转|拨款|资金");
    /** 项目 alone heads the label column; "项目支出" is an amount and is caught by {@link #AMOUNT_HEADER} first. */
    private static final Pattern ITEM_HEADER = Pattern.compile("^项目");
    private static final Pattern PERCENTAGE = Pattern.compile("-?\\d+(\\.\\d+)?[%％]");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,2}");
    /** A 行次 column holds at least this many numbers: fewer prove nothing. */
    private static final int MIN_ROW_NUMBERS = 3;

    private ColumnRoles() {
    }

    /** The role of a column from both sources; {@code header} null when no header text names one. */
    static ColumnRole of(ColumnRole header, ColumnRole content) {
        if (header == ColumnRole.ROW_NUMBER || content == ColumnRole.ROW_NUMBER) {
            return ColumnRole.ROW_NUMBER;
        }
        if (header == null) {
            return content;
        }
        if (header == ColumnRole.LABEL && content == ColumnRole.CODE) {
            return ColumnRole.CODE;
        }
        if ((header == ColumnRole.AMOUNT || header == ColumnRole.PERCENT) && content == ColumnRole.LABEL) {
            return ColumnRole.LABEL;
        }
        return header;
    }

    /** The role the header path names, its lowest (most specific) text first; null when none names one. */
    static ColumnRole fromHeader(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            ColumnRole role = fromHeaderText(path.get(i));
            if (role != null) {
                return role;
            }
        }
        return null;
    }

    private static ColumnRole fromHeaderText(String text) {
        if (ROW_NUMBER_HEADER.matcher(text).find()) {
            return ColumnRole.ROW_NUMBER;
        }
        if (CODE_HEADER.matcher(text).find()) {
            return ColumnRole.CODE;
        }
        if (NAME_HEADER.matcher(text).find()) {
            return ColumnRole.LABEL;
        }
        if (TEXT_HEADER.matcher(text).find()) {
            return ColumnRole.TEXT;
        }
        if (PERCENT_HEADER.matcher(text).find()) {
            return ColumnRole.PERCENT;
        }
        if (AMOUNT_HEADER.matcher(text).find()) {
            return ColumnRole.AMOUNT;
        }
        return ITEM_HEADER.matcher(text).find() ? ColumnRole.LABEL : null;
    }

    /**
     * The role the body cells (whitespace removed) suggest: 行次 for a run of row numbers, codes, percentages, amounts
     * (a column of blanks too: blank amounts mean 0), and labels where words outnumber numbers.
     */
    static ColumnRole fromContent(List<String> cells) {
        List<String> filled = cells.stream().filter(text -> !Amounts.isBlank(text)).toList();
        int numbers = 0;
        int codes = 0;
        int percentages = 0;
        for (String text : filled) {
            if (PERCENTAGE.matcher(text).matches()) {
                percentages++;
            } else if (Amounts.number(text).isPresent()) {
                numbers++;
                codes += Codes.isCode(text) ? 1 : 0;
            } else if (Amounts.isMalformedNumber(text)) {
                numbers++; // still a numeric column, e.g. two amounts run together by a missing rule
            }
        }
        int words = filled.size() - numbers - percentages;
        if (isRowNumberRun(filled)) {
            return ColumnRole.ROW_NUMBER;
        }
        if (words > numbers + percentages) {
            return ColumnRole.LABEL;
        }
        if (codes >= 2 && codes == numbers) {
            return ColumnRole.CODE;
        }
        return percentages > numbers ? ColumnRole.PERCENT : ColumnRole.AMOUNT;
    }

    /**
     * Row numbers: at least {@link #MIN_ROW_NUMBERS} integers of one or two digits, strictly increasing, at least half
     * of the steps by one (a side's blank rows may skip numbers). Amounts neither run like this nor start at 0.
     */
    private static boolean isRowNumberRun(List<String> filled) {
        if (filled.size() < MIN_ROW_NUMBERS) {
            return false;
        }
        int previous = 0;
        int stepsOfOne = 0;
        for (int i = 0; i < filled.size(); i++) {
            if (!ROW_NUMBER.matcher(filled.get(i)).matches()) {
                return false;
            }
            int number = Integer.parseInt(filled.get(i));
            if (number <= previous) {
                return false;
            }
            stepsOfOne += i > 0 && number == previous + 1 ? 1 : 0;
            previous = number;
        }
        return 2 * stepsOfOne >= filled.size() - 1;
    }
}
