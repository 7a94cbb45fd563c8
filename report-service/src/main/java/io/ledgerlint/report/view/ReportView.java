package io.ledgerlint.report.view;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.report.findings.FindingCounts;
import io.ledgerlint.report.findings.Severity;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything the HTML report of one document shows: the header, the findings grouped by severity (most serious
 * first), every extracted table with the cells the findings name highlighted, and the narrative section headings.
 *
 * @param parsed    false while no extraction is stored (tables and sections are then empty)
 * @param validated false while no findings are stored
 */
public record ReportView(DocumentHeader document, FindingCounts counts, boolean validated,
        List<SeverityGroup> findingGroups, boolean parsed, List<TableView> tables, List<SectionHeading> sections) {

    /**
     * @param findings   the stored findings, or null when the document has not been validated
     * @param extraction the stored extraction, or null when the document has not been parsed
     */
    public static ReportView of(DocumentHeader document, List<Finding> findings, TablesExtracted extraction) {
        List<Finding> known = findings == null ? List.of() : findings;
        Map<Severity, List<Finding>> bySeverity = known.stream().collect(
                Collectors.groupingBy(f -> Severity.fromCode(f.severity()), () -> new EnumMap<>(Severity.class),
                        Collectors.toList()));
        List<SeverityGroup> groups = Arrays.stream(Severity.values())
                .filter(bySeverity::containsKey)
                .map(s -> new SeverityGroup(s.code(), bySeverity.get(s).stream().map(FindingView::of).toList()))
                .toList();
        FindingCounts counts = FindingCounts.of(bySeverity.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size())));

        List<Location> locations = known.stream()
                .flatMap(f -> f.locations() == null ? Stream.empty() : f.locations().stream())
                .toList();
        List<TableView> tables = extraction == null || extraction.tables() == null ? List.of()
                : extraction.tables().stream().map(t -> TableView.of(t, locations)).toList();
        List<SectionHeading> sections = extraction == null || extraction.sections() == null ? List.of()
                : extraction.sections().stream()
                        .map(s -> new SectionHeading(s.heading(), s.level(), s.page()))
                        .toList();
        return new ReportView(document, counts, findings != null, groups, extraction != null, tables, sections);
    }
}
