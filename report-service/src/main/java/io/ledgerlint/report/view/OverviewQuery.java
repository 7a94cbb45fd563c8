package io.ledgerlint.report.view;

import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.report.persistence.DocumentSelection;
import io.ledgerlint.report.persistence.DocumentSelection.SortKey;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the overview lists: a {@link DocumentSelection} (search over filename and department, filters by status and
 * by "has findings of severity", sort order) and a page. Parsed from the query string and written back into links.
 *
 * @param page 0-based
 */
public record OverviewQuery(DocumentSelection selection, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** Parses the query parameters (each may be null or blank); a bad value is an {@link IllegalArgumentException}. */
    public static OverviewQuery parse(String search, String status, String severity, String sort, String direction,
            String page, String size) {
        SortKey sortKey = blank(sort) ? SortKey.RECEIVED : oneOf(SortKey.class, "sort", sort);
        boolean descending = blank(direction) ? sortKey.descendingFirst() : switch (direction) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw new IllegalArgumentException("dir must be asc or desc, not " + direction);
        };
        DocumentSelection selection = new DocumentSelection(blank(search) ? null : search.strip(),
                blank(status) ? null : oneOf(DocumentStatus.class, "status", status),
                blank(severity) ? null : oneOf(Severity.class, "severity", severity), sortKey, descending);
        return new OverviewQuery(selection, number("page", page, 0, 0, Integer.MAX_VALUE),
                number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    public String statusCode() {
        return selection.status() == null ? "" : selection.status().name();
    }

    public String severityCode() {
        return selection.severity() == null ? "" : selection.severity().wireName();
    }

    /** The link that sorts by {@code key}: the other direction when already sorted by it. Back to the first page. */
    public String sortHref(String key) {
        SortKey target = oneOf(SortKey.class, "sort", key);
        boolean targetDescending = target == selection.sort() ? !selection.descending() : target.descendingFirst();
        DocumentSelection sorted = new DocumentSelection(selection.search(), selection.status(), selection.severity(),
                target, targetDescending);
        return new OverviewQuery(sorted, 0, size).href();
    }

    /** "asc"/"desc" when the list is sorted by {@code key}, else "". */
    public String sortedBy(String key) {
        return selection.sort().code().equals(key) ? (selection.descending() ? "desc" : "asc") : "";
    }

    public String pageHref(int target) {
        return new OverviewQuery(selection, target, size).href();
    }

    /** This query as a link to the overview, leaving out defaults. */
    public String href() {
        List<String> parameters = new ArrayList<>();
        SortKey sort = selection.sort();
        add(parameters, "q", selection.search());
        add(parameters, "status", selection.status() == null ? null : selection.status().name());
        add(parameters, "severity", selection.severity() == null ? null : selection.severity().wireName());
        if (sort != SortKey.RECEIVED || selection.descending() != sort.descendingFirst()) {
            add(parameters, "sort", sort.code());
            add(parameters, "dir", selection.descending() ? "desc" : "asc");
        }
        if (page > 0) {
            add(parameters, "page", String.valueOf(page));
        }
        if (size != DEFAULT_SIZE) {
            add(parameters, "size", String.valueOf(size));
        }
        return parameters.isEmpty() ? "/" : "/?" + String.join("&", parameters);
    }

    public List<String> statuses() {
        return Arrays.stream(DocumentStatus.values()).map(Enum::name).toList();
    }

    public List<String> severities() {
        return Arrays.stream(Severity.values()).map(Severity::wireName).toList();
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                    + ", not " + value);
        }
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a number from " + min + " to " + max + ", not " + value);
    }
}
