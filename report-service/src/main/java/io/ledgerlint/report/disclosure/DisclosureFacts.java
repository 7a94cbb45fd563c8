package io.ledgerlint.report.disclosure;

import io.ledgerlint.contracts.events.TablesExtracted;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an extraction tells about the disclosure itself: the department (the tables' 部门 line) and the fiscal year
 * (from the cover title, e.g. 某某局2023年度部门决算). Either may be null when the document does not say.
 */
public record DisclosureFacts(String department, Integer year) {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    public static DisclosureFacts of(TablesExtracted extraction) {
        String department = extraction.tables() == null ? null : extraction.tables().stream()
                .map(TablesExtracted.Table::department)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .findFirst()
                .orElse(null);
        return new DisclosureFacts(department, yearIn(extraction.title()));
    }

    static Integer yearIn(String title) {
        if (title == null) {
            return null;
        }
        Matcher matcher = YEAR.matcher(title);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
