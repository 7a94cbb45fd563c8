package io.ledgerlint.report.view;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import io.ledgerlint.domain.text.Whitespace;
import io.ledgerlint.report.findings.FindingCounts;
import io.ledgerlint.report.persistence.DocumentDetails;
import io.ledgerlint.report.view.FindingGroup.FamilyGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything the HTML report of one document shows: the header, the findings grouped by severity (most serious
 * first) and rule family, every extracted table with the cells the findings name marked, the narrative sentences the
 * findings name, and the section headings. Built from the stored rows in memory: no query per cell or finding.
 *
 * @param parsed    false while no extraction is stored (tables and sections are then empty)
 * @param validated false while no findings are stored
 */
public record ReportView(DocumentDetails document, FindingCounts counts, boolean validated,
        List<FindingGroup> findingGroups, boolean parsed, List<TableView> tables, List<NarrativeSection> narrative,
        List<SectionHeading> sections) {

    /**
     * @param findings   the stored findings in their stored order, or null when the document has not been validated
     * @param extraction the stored extraction, or null when the document has not been parsed
     */
    public static ReportView of(DocumentDetails document, List<Finding> findings, TablesExtracted extraction) {
        List<Finding> known = findings == null ? List.of() : findings;
        List<Table> tables = extraction == null || extraction.tables() == null ? List.of() : extraction.tables();
        List<Section> sections = extraction == null || extraction.sections() == null ? List.of()
                : extraction.sections();

        List<LocatedFinding> located = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            Finding finding = known.get(i);
            FindingRef ref = new FindingRef(i + 1, finding.ruleId(), finding.severity());
            locations(finding).forEach(location -> located.add(new LocatedFinding(ref, location)));
        }
        Map<String, Table> tablesById = new LinkedHashMap<>();
        tables.forEach(table -> tablesById.putIfAbsent(table.id(), table));

        List<FindingView> views = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            views.add(view(i + 1, known.get(i), tablesById));
        }
        return new ReportView(document, counts(known), findings != null, groups(views), extraction != null,
                tables.stream().map(table -> TableView.of(table, located)).toList(),
                narrative(located, sections),
                sections.stream().map(s -> new SectionHeading(s.heading(), s.level(), s.page())).toList());
    }

    private static FindingView view(int number, Finding finding, Map<String, Table> tablesById) {
        List<LocationView> locations = new ArrayList<>();
        TreeSet<Integer> pages = new TreeSet<>();
        for (Location location : locations(finding)) {
            Table table = location.table() == null ? null : tablesById.get(location.table());
            String cellAnchor = table == null ? null : new CellLocator(table).positionsOf(location).stream()
                    .findFirst().map(position -> TableView.cellAnchor(table, position)).orElse(null);
            locations.add(new LocationView(location.table(), location.section(), location.row(), location.column(),
                    location.sentence(), location.page(), cellAnchor));
            if (location.page() != null && location.page() > 0) {
                pages.add(location.page());
            }
        }
        return new FindingView(number, finding.ruleId(), RuleFamilies.of(finding.ruleId()), finding.severity(),
                finding.confidence(), finding.message(), locations, finding.expected(), finding.actual(),
                finding.formula(), List.copyOf(pages));
    }

    private static List<FindingGroup> groups(List<FindingView> findings) {
        Map<Severity, List<FindingView>> bySeverity = findings.stream().collect(Collectors.groupingBy(
                f -> Severity.fromWireName(f.severity()), () -> new EnumMap<>(Severity.class), Collectors.toList()));
        return Arrays.stream(Severity.values())
                .filter(bySeverity::containsKey)
                .map(severity -> {
                    Map<String, List<FindingView>> byFamily = bySeverity.get(severity).stream().collect(
                            Collectors.groupingBy(FindingView::family, () -> new TreeMap<>(RuleFamilies.ORDER),
                                    Collectors.toList()));
                    List<FamilyGroup> families = byFamily.entrySet().stream()
                            .map(e -> new FamilyGroup(e.getKey(), e.getValue()))
                            .toList();
                    return new FindingGroup(severity.wireName(), bySeverity.get(severity).size(), families);
                })
                .toList();
    }

    private static FindingCounts counts(List<Finding> findings) {
        return FindingCounts.of(findings.stream().collect(Collectors.groupingBy(
                f -> Severity.fromWireName(f.severity()), () -> new EnumMap<>(Severity.class), Collectors.counting())));
    }

    /** The sentences findings name, by section in order of first mention; one entry per distinct sentence. */
    private static List<NarrativeSection> narrative(List<LocatedFinding> located, List<Section> sections) {
        Map<String, Map<String, List<LocatedFinding>>> bySection = new LinkedHashMap<>();
        for (LocatedFinding finding : located) {
            Location location = finding.location();
            if (location.section() != null && location.sentence() != null && !location.sentence().isBlank()) {
                bySection.computeIfAbsent(location.section(), s -> new LinkedHashMap<>())
                        .computeIfAbsent(location.sentence(), s -> new ArrayList<>())
                        .add(finding);
            }
        }
        List<NarrativeSection> narrative = new ArrayList<>();
        bySection.forEach((heading, sentences) -> {
            Section section = sections.stream().filter(s -> sameHeading(s.heading(), heading)).findFirst()
                    .orElse(null);
            List<CheckedSentence> checked = sentences.entrySet().stream()
                    .map(e -> checked(e.getKey(), e.getValue(), section))
                    .toList();
            narrative.add(new NarrativeSection(heading, section == null ? null : section.page(), checked));
        });
        return narrative;
    }

    private static CheckedSentence checked(String sentence, List<LocatedFinding> findings, Section section) {
        List<FindingRef> refs = findings.stream().map(LocatedFinding::ref).distinct().toList();
        boolean disagrees = refs.stream().map(ref -> Severity.fromWireName(ref.severity()))
                .anyMatch(severity -> severity != Severity.INFO);
        Integer page = findings.stream().map(f -> f.location().page()).filter(Objects::nonNull).findFirst()
                .orElse(null);
        String paragraph = section == null || section.text() == null ? "" : Arrays.stream(section.text().split("\n"))
                .filter(line -> line.contains(sentence)).findFirst().orElse("");
        int at = paragraph.indexOf(sentence);
        String before = at < 0 ? "" : paragraph.substring(0, at);
        String after = at < 0 ? "" : paragraph.substring(at + sentence.length());
        return new CheckedSentence(before, sentence, after, page, disagrees, refs);
    }

    private static boolean sameHeading(String a, String b) {
        return a != null && Whitespace.removed(a).equals(Whitespace.removed(b));
    }

    private static List<Location> locations(Finding finding) {
        return finding.locations() == null ? List.of() : finding.locations().stream().filter(Objects::nonNull).toList();
    }
}
