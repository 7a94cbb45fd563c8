package io.ledgerlint.validate.rules.perf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of one line of a 自评表's funds block (年度资金总额 or a 其中 row), read from its printed cells in order.
 *
 * <p>Templates print the amounts bare or with their unit ("120", "120万元"), the 执行率 with a percent sign that may be
 * doubled or set apart in a cell of its own. The block's header names the columns (年初预算数, 全年预算数, 全年执行数,
 * 分值, 执行率, 得分); when a line fills exactly as many cells as the header names, its figures are those columns in
 * order. Otherwise (blank cells, a header that lost a label) the line is anchored on its one percentage, the 执行率:
 * before it 分值, before that the amounts right-aligned (年初, 全年, 执行), after it 得分. A line that cannot be read
 * either way, or that holds text among its figures, yields no figures, and a 执行率 printed without a percent sign (a
 * fraction? a misread?) is left unread unless the header gives its unit: a guess would become a finding.
 */
final class FundsFigures {

    /** A column of the funds block. */
    enum Column { INITIAL, FULL_YEAR, EXECUTED, WEIGHT, RATE, SCORE }

    /**
     * The funds columns a header row names, in printed order; {@code ratePercent} when the 执行率 header states its
     * unit ("执行率（%）"), so that a bare figure below it is a percentage too.
     */
    record Header(List<Column> columns, boolean ratePercent) {

        static final Header NONE = new Header(List.of(), false);

        boolean isEmpty() {
            return columns.isEmpty();
        }
    }

    /** The figures of a line; absent ones are null. */
    record Figures(BigDecimal initial, BigDecimal fullYear, BigDecimal executed, BigDecimal weight, BigDecimal rate,
                   BigDecimal score) {

        static final Figures NONE = new Figures(null, null, null, null, null, null);
    }

    private enum Kind { AMOUNT, PERCENT, BLANK, TEXT }

    private record Token(Kind kind, BigDecimal value) {
    }

    private static final Pattern AMOUNT = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)(?:万元|万)?$");
    private static final Pattern PERCENT = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)%+$");
    private static final Pattern PERCENT_SIGNS = Pattern.compile("^%+$");
    private static final Pattern DASHES = Pattern.compile("^[\\p{Pd}─━]+$");
    private static final int AMOUNT_COLUMNS = 3;
    /** Header labels are short; a long cell (a goal, a note) that mentions 年初 or 执行数 is no header. */
    private static final int HEADER_CELL = 16;

    private FundsFigures() {
    }

    /** The funds header in a row; {@link Header#NONE} when the row is not the funds header. */
    static Header header(List<String> cells) {
        List<Column> columns = new ArrayList<>();
        boolean ratePercent = false;
        for (String cell : cells) {
            Optional<Column> column = column(cell);
            column.ifPresent(columns::add);
            ratePercent |= column.filter(c -> c == Column.RATE).isPresent() && cell.contains("%");
        }
        return columns.size() >= AMOUNT_COLUMNS && columns.stream().distinct().count() == columns.size()
                ? new Header(List.copyOf(columns), ratePercent) : Header.NONE;
    }

    /** The column a header cell names: "得分（分值×执行率）" is the 得分, whatever its note mentions. */
    private static Optional<Column> column(String cell) {
        if (cell.length() > HEADER_CELL) {
            return Optional.empty();
        }
        if (cell.startsWith("得分")) {
            return Optional.of(Column.SCORE);
        }
        if (cell.startsWith("分值")) {
            return Optional.of(Column.WEIGHT);
        }
        if (cell.startsWith("执行率")) {
            return Optional.of(Column.RATE);
        }
        if (cell.contains("年初")) {
            return Optional.of(Column.INITIAL);
        }
        if (cell.contains("全年预算") || cell.contains("调整后预算")) {
            return Optional.of(Column.FULL_YEAR);
        }
        return cell.contains("执行数") || cell.contains("实际支出") ? Optional.of(Column.EXECUTED) : Optional.empty();
    }

    /**
     * The figures of the cells that follow a line's label ({@code after}, normalised), read against the block's
     * {@code header} (empty when none was found). Text before the first figure is more label ("合计").
     */
    static Figures read(List<String> after, Header header) {
        List<Token> tokens = tokens(after);
        if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t.kind() == Kind.TEXT)) {
            return Figures.NONE;
        }
        if (!header.isEmpty() && tokens.size() == header.columns().size()) {
            return byHeader(tokens, header);
        }
        List<Integer> percents = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.PERCENT) {
                percents.add(i);
            }
        }
        if (percents.size() == 1) {
            return anchored(tokens, percents.get(0));
        }
        return percents.isEmpty() && tokens.size() <= AMOUNT_COLUMNS ? amounts(tokens) : Figures.NONE;
    }

    /** Column by column; a 执行率 printed without its percent sign (a fraction? a misread?) is left unread. */
    private static Figures byHeader(List<Token> tokens, Header header) {
        BigDecimal[] values = new BigDecimal[Column.values().length];
        for (int i = 0; i < header.columns().size(); i++) {
            Column column = header.columns().get(i);
            Token token = tokens.get(i);
            boolean unreadRate = column == Column.RATE && token.kind() == Kind.AMOUNT && !header.ratePercent();
            values[column.ordinal()] = unreadRate ? null : token.value();
        }
        return new Figures(values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    private static Figures anchored(List<Token> tokens, int rateAt) {
        List<Token> before = new ArrayList<>(tokens.subList(0, rateAt));
        if (before.stream().anyMatch(t -> t.kind() == Kind.PERCENT) || before.size() > AMOUNT_COLUMNS + 1
                || tokens.size() > rateAt + 2) {
            return Figures.NONE;
        }
        BigDecimal weight = before.isEmpty() ? null : before.remove(before.size() - 1).value();
        BigDecimal score = rateAt + 1 < tokens.size() ? tokens.get(rateAt + 1).value() : null;
        Figures amounts = amounts(before);
        return new Figures(amounts.initial(), amounts.fullYear(), amounts.executed(), weight,
                tokens.get(rateAt).value(), score);
    }

    /** Amounts only, right-aligned: 执行 last, 全年 before it, 年初 first. */
    private static Figures amounts(List<Token> tokens) {
        int n = tokens.size();
        return new Figures(n >= 3 ? tokens.get(n - 3).value() : null, n >= 2 ? tokens.get(n - 2).value() : null,
                n >= 1 ? tokens.get(n - 1).value() : null, null, null, null);
    }

    /** The non-empty cells as tokens; leading text is label, a cell of percent signs alone marks the figure before it. */
    private static List<Token> tokens(List<String> cells) {
        List<Token> tokens = new ArrayList<>();
        for (String cell : cells) {
            if (cell.isEmpty()) {
                continue;
            }
            if (PERCENT_SIGNS.matcher(cell).matches() && !tokens.isEmpty()
                    && tokens.get(tokens.size() - 1).kind() == Kind.AMOUNT) {
                tokens.set(tokens.size() - 1, new Token(Kind.PERCENT, tokens.get(tokens.size() - 1).value()));
                continue;
            }
            Token token = token(cell);
            if (token.kind() == Kind.TEXT && tokens.isEmpty()) {
                continue;
            }
            tokens.add(token);
        }
        return tokens;
    }

    private static Token token(String cell) {
        Matcher amount = AMOUNT.matcher(cell);
        if (amount.matches()) {
            return new Token(Kind.AMOUNT, new BigDecimal(amount.group(1)));
        }
        Matcher percent = PERCENT.matcher(cell);
        if (percent.matches()) {
            return new Token(Kind.PERCENT, new BigDecimal(percent.group(1)));
        }
        return DASHES.matcher(cell).matches() || cell.equals("无") ? new Token(Kind.BLANK, null) : new Token(Kind.TEXT, null);
    }
}
