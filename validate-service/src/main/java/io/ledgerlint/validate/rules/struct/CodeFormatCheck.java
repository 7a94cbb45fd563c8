package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * STRUCT-CODE-FORMAT: 功能分类 codes have 3, 5 or 7 digits, 经济分类 codes (T06) 3 or 5. A table that prints the level
 * above a code (a hierarchical T02/T03/T05, every T06) prints that code under its own parent: a 5-digit code whose
 * 3-digit prefix is not among the table's codes, while other 3-digit codes are, is mistyped or misplaced.
 */
final class CodeFormatCheck implements Rule.Check {

    /** A label cell that holds only digits is a code the table view could not accept (wrong length). */
    private static final Pattern DIGITS = Pattern.compile("\\d{3,}");

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        for (TableView table : StandardTables.of(context)) {
            boolean economic = StandardTables.ECONOMIC.contains(table.id());
            Set<String> codes = table.codedRows().stream().map(TableRow::code).collect(Collectors.toSet());
            Set<Integer> lengths = codes.stream().map(String::length).collect(Collectors.toSet());
            for (TableRow row : table.rows()) {
                if (row.hasCode()) {
                    if (economic && row.code().length() > 5 || !hasParent(row.code(), codes, lengths)) {
                        report(sink, table, row, row.code());
                    }
                } else if (DIGITS.matcher(row.label()).matches()) {
                    report(sink, table, row, row.label());
                }
            }
        }
    }

    /** @param lengths the lengths of {@code codes}: whether the table prints the parent level at all */
    private static boolean hasParent(String code, Set<String> codes, Set<Integer> lengths) {
        int parentLength = code.length() - 2;
        if (parentLength < 3 || !lengths.contains(parentLength)) {
            return true;
        }
        return codes.contains(code.substring(0, parentLength));
    }

    private static void report(FindingSink sink, TableView table, TableRow row, String code) {
        sink.finding()
                .at(Locations.row(row, null))
                .param("row", Wording.row(row)).param("code", Wording.quote(code))
                .param("table", Wording.table(table.id()))
                .actual(code)
                .report();
    }
}
