package io.ledgerlint.validate.scoring;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether, and how closely, a finding points where an expected finding does (corpus/README.md: "the same table or
 * section and the same row/cell or sentence"). The auditor wrote locations for people ("公开05表 vs 公开06表",
 * "第三部分 五(三) item 3", "附件 项目支出绩效自评表 办公场地能耗费"), so an expected location is read as a set of
 * places: tables (公开NN表, NN, TNN, perf ids, 绩效 table titles, a 项目支出绩效自评表 by its project name) and numbered
 * headings (第X部分 or 附件 + the heading's Chinese numeral; a section without one is matched by its title text). A
 * finding points there when one of its locations is at one of those places and, for a table, at the expected row; for
 * a section, at the quoted sentence or the expected row (its code or label also found in the finding's message or
 * sentences).
 */
final class LocationMatch {

    private static final String NUMERAL = "[一二三四五六七八九十]+";
    private static final Pattern TABLE_RANGE = Pattern.compile("公开\\s*(\\d{1,2})\\s*[–—~～-]\\s*(\\d{1,2})\\s*表");
    private static final Pattern PUBLIC_TABLE = Pattern.compile("公开\\s*(\\d{1,2})\\s*表");
    private static final Pattern TABLE_ID =
            Pattern.compile("(?<![\\w-])T?(0[1-9])(?!\\w)|(perf-(?:overall|basic-data|project-\\d+))");
    private static final Pattern OVERALL_TABLE = Pattern.compile("整体支出绩效自评表");
    private static final Pattern BASIC_DATA_TABLE = Pattern.compile("基础数据表");
    private static final Pattern PROJECT_TABLE = Pattern.compile("项目支出绩效自评表\\s*(\\S*)");
    private static final Pattern PROJECT_NAME_LABEL = Pattern.compile("项目(?:支出)?名称");
    private static final String PROJECT_TABLE_PREFIX = "perf-project-";
    /** A part marker (第X部分, or the 附件 the 自评报告 belongs to) or a heading numeral standing alone ("五(三)"). */
    private static final Pattern STRUCTURE = Pattern.compile("(第" + NUMERAL + "部分)|(附件|自评报告)"
            + "|(?<![^\\s,，、;；/])(" + NUMERAL + ")(?=[\\s(（,，、;；/]|$)");
    private static final String ATTACHMENT_PART = "附件";
    private static final Pattern OUR_HEADING = Pattern.compile("(" + NUMERAL + ")、");
    private static final Pattern ROW_ALTERNATIVES = Pattern.compile("\\s+vs\\s+|/|\\+");
    private static final Pattern CODE_AND_LABEL = Pattern.compile("^(\\d{3,7})\\s*(.*)$");
    private static final Pattern EXPECTED_COLUMN = Pattern.compile("栏\\s*(\\d+)");
    /** Our column names start with the 栏次 number: "c5 公务用车运行维护费". */
    private static final Pattern OUR_COLUMN = Pattern.compile("^c(\\d+)\\b");
    private static final Pattern HAN_WORD = Pattern.compile("\\p{IsHan}{2,}");

    /** A numbered heading: the part marker it sits under (null when the auditor named none) and its numeral. */
    private record Heading(String part, String numeral) {
    }

    /** One row the auditor named: its classification code (null for a label only) and its normalised label. */
    private record RowKey(String code, String label) {
    }

    private final Map<String, List<String>> partsByHeading = new HashMap<>();
    private final Map<String, String> projectNames = new HashMap<>();

    LocationMatch(TablesExtracted document) {
        for (TablesExtracted.Section section : document.sections()) {
            if (section.part() != null) {
                partsByHeading.computeIfAbsent(normalise(section.heading()), h -> new ArrayList<>())
                        .add(normalise(section.part()));
            }
        }
        for (TablesExtracted.Table table : document.tables()) {
            if (table.id().startsWith(PROJECT_TABLE_PREFIX)) {
                projectNames.put(table.id(), projectName(table));
            }
        }
    }

    /**
     * 0 when the finding does not point where the expected finding does; otherwise how closely it does: 1, plus one per
     * kind of place hit, two for the row, two for the quoted sentence, two for the column (栏N), one per word of the
     * section text it mentions.
     */
    int score(ExpectedFindings.Expected expected, Finding finding) {
        Set<String> tables = tables(expected);
        List<Heading> headings = expected.section() == null ? List.of() : headings(expected.section());
        String title = expected.section() == null || !headings.isEmpty() || !tables.isEmpty() ? null
                : normalise(STRUCTURE.matcher(expected.section()).replaceAll(""));
        boolean tableHit = finding.locations().stream()
                .anyMatch(l -> l.table() != null && tables.contains(canonicalTable(l.table())));
        boolean sectionHit = finding.locations().stream().anyMatch(l -> l.section() != null
                && (headings.stream().anyMatch(h -> headingMatches(h, l.section()))
                || title != null && !title.isEmpty() && normalise(l.section()).contains(title)));
        boolean anywhere = tables.isEmpty() && headings.isEmpty() && (title == null || title.isEmpty());
        boolean rowFound = expected.row() != null && rowFound(rowKeys(expected.row()), finding);
        boolean evidenceFound = expected.evidence() != null && evidenceFound(normalise(expected.evidence()), finding);
        boolean atTableRow = tableHit && (expected.row() == null || rowFound);
        boolean atSentence = (sectionHit || anywhere)
                && (expected.row() == null && expected.evidence() == null || rowFound || evidenceFound);
        if (!atTableRow && !atSentence) {
            return 0;
        }
        return 1 + (tableHit ? 1 : 0) + (sectionHit ? 1 : 0) + (rowFound ? 2 : 0) + (evidenceFound ? 2 : 0)
                + (columnFound(expected.table(), finding) ? 2 : 0) + sectionWordsMentioned(expected.section(), finding);
    }

    /** The canonical table ids the expected location names in its table and section texts. */
    private Set<String> tables(ExpectedFindings.Expected expected) {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(expected.table(), expected.section()).filter(t -> t != null).forEach(text -> {
            Matcher range = TABLE_RANGE.matcher(text);
            while (range.find()) {
                for (int i = Integer.parseInt(range.group(1)); i <= Integer.parseInt(range.group(2)); i++) {
                    ids.add(String.format("%02d", i));
                }
            }
            Matcher single = PUBLIC_TABLE.matcher(text);
            while (single.find()) {
                ids.add(String.format("%02d", Integer.parseInt(single.group(1))));
            }
            Matcher id = TABLE_ID.matcher(text);
            while (id.find()) {
                ids.add(id.group(1) != null ? id.group(1) : id.group(2));
            }
            if (OVERALL_TABLE.matcher(text).find()) {
                ids.add("perf-overall");
            }
            if (BASIC_DATA_TABLE.matcher(text).find()) {
                ids.add("perf-basic-data");
            }
            Matcher project = PROJECT_TABLE.matcher(text);
            while (project.find()) {
                ids.addAll(projectTables(normalise(project.group(1))));
            }
        });
        return ids;
    }

    /** The project tables whose 项目名称 is the given name (either contains the other), else every project table. */
    private Set<String> projectTables(String name) {
        Set<String> named = new LinkedHashSet<>();
        projectNames.forEach((id, projectName) -> {
            if (!name.isEmpty() && !projectName.isEmpty() && (name.contains(projectName) || projectName.contains(name))) {
                named.add(id);
            }
        });
        return named.isEmpty() ? projectNames.keySet() : named;
    }

    private static String projectName(TablesExtracted.Table table) {
        return Stream.concat(table.headerRows().stream(), table.rows().stream())
                .map(row -> row.stream().map(TablesExtracted.Cell::text).filter(t -> !t.isBlank()).toList())
                .filter(texts -> texts.size() > 1 && PROJECT_NAME_LABEL.matcher(normalise(texts.get(0))).matches())
                .map(texts -> normalise(texts.get(1)))
                .findFirst().orElse("");
    }

    private static String canonicalTable(String table) {
        Matcher id = TABLE_ID.matcher(table);
        if (id.matches()) {
            return id.group(1) != null ? id.group(1) : id.group(2);
        }
        return table.matches("\\d") ? "0" + table : table;
    }

    /** The numbered headings a section text names, each under the part marker last written before it. */
    private static List<Heading> headings(String section) {
        List<Heading> headings = new ArrayList<>();
        String part = null;
        Matcher structure = STRUCTURE.matcher(section);
        while (structure.find()) {
            if (structure.group(1) != null) {
                part = structure.group(1);
            } else if (structure.group(2) != null) {
                part = ATTACHMENT_PART;
            } else {
                headings.add(new Heading(part, structure.group(3)));
            }
        }
        return headings;
    }

    /**
     * Whether our section ("五、一般公共预算财政拨款支出决算情况说明", possibly after its part's heading) is the wanted
     * heading: the same numeral, and under the wanted part when the auditor named one. Our part is the text before the
     * heading or, when there is none, the part the document prints that heading in (any part when it is not found).
     */
    private boolean headingMatches(Heading wanted, String ourSection) {
        Matcher heading = OUR_HEADING.matcher(ourSection);
        int start = -1;
        String numeral = null;
        while (heading.find()) {
            start = heading.start();
            numeral = heading.group(1);
        }
        if (!wanted.numeral().equals(numeral)) {
            return false;
        }
        if (wanted.part() == null) {
            return true;
        }
        String before = normalise(ourSection.substring(0, start));
        List<String> parts = before.isEmpty()
                ? partsByHeading.getOrDefault(normalise(ourSection.substring(start)), List.of())
                : List.of(before);
        return parts.isEmpty() || parts.stream().anyMatch(p -> p.contains(wanted.part()));
    }

    /** "2080505 机关…支出", "合计 基本支出 vs 人员经费合计+公用经费合计", "数量指标 政府初级雇员": each coded row, else each word. */
    private static List<RowKey> rowKeys(String row) {
        List<RowKey> keys = new ArrayList<>();
        for (String piece : ROW_ALTERNATIVES.split(row.strip())) {
            Matcher coded = CODE_AND_LABEL.matcher(piece.strip());
            if (coded.matches()) {
                keys.add(new RowKey(coded.group(1), normalise(coded.group(2))));
                continue;
            }
            keys.add(new RowKey(null, normalise(piece)));
            for (String word : piece.strip().split("\\s+")) {
                keys.add(new RowKey(null, normalise(word)));
            }
        }
        return keys.stream().filter(k -> k.code() != null || !k.label().isEmpty()).distinct().toList();
    }

    private static boolean rowFound(List<RowKey> keys, Finding finding) {
        List<String> texts = Stream.concat(Stream.of(finding.message()),
                finding.locations().stream().map(Location::sentence)).filter(t -> t != null).map(LocationMatch::normalise)
                .toList();
        return keys.stream().anyMatch(key -> finding.locations().stream()
                .anyMatch(l -> l.row() != null && rowMatches(key, l.row()))
                || texts.stream().anyMatch(text -> mentions(text, key)));
    }

    /** A code decides when both rows have one; otherwise the labels, either containing the other. */
    private static boolean rowMatches(RowKey key, String ourRow) {
        Matcher coded = CODE_AND_LABEL.matcher(ourRow.strip());
        String ourCode = coded.matches() ? coded.group(1) : null;
        String ourLabel = normalise(coded.matches() ? coded.group(2) : ourRow);
        if (key.code() != null && ourCode != null) {
            return key.code().equals(ourCode);
        }
        return !key.label().isEmpty() && !ourLabel.isEmpty()
                && (ourLabel.contains(key.label()) || key.label().contains(ourLabel));
    }

    private static boolean mentions(String text, RowKey key) {
        if (key.code() != null) {
            return Pattern.compile("(?<!\\d)" + key.code() + "(?!\\d)").matcher(text).find();
        }
        return text.contains(key.label());
    }

    /** Whether one of the finding's cells is in a column the expected table text numbers ("公开09表 栏3/栏5"). */
    private static boolean columnFound(String table, Finding finding) {
        if (table == null) {
            return false;
        }
        Set<String> wanted = new LinkedHashSet<>();
        Matcher column = EXPECTED_COLUMN.matcher(table);
        while (column.find()) {
            wanted.add(column.group(1));
        }
        return finding.locations().stream().map(Location::column).filter(c -> c != null)
                .map(OUR_COLUMN::matcher).anyMatch(c -> c.find() && wanted.contains(c.group(1)));
    }

    private static boolean evidenceFound(String evidence, Finding finding) {
        return finding.locations().stream().map(Location::sentence).filter(s -> s != null && !s.isBlank())
                .map(LocationMatch::normalise).anyMatch(s -> s.contains(evidence) || evidence.contains(s));
    }

    /** How many words of the section text ("基础数据表 项目支出") the finding's rows, message or sentences mention. */
    private static int sectionWordsMentioned(String section, Finding finding) {
        if (section == null) {
            return 0;
        }
        String ours = normalise(String.join("|", Stream.concat(Stream.of(finding.message()), finding.locations().stream()
                .flatMap(l -> Stream.of(l.row(), l.sentence()))).filter(t -> t != null).toList()));
        int mentioned = 0;
        Matcher word = HAN_WORD.matcher(Normalizer.normalize(section, Normalizer.Form.NFKC));
        while (word.find()) {
            if (ours.contains(word.group())) {
                mentioned++;
            }
        }
        return mentioned;
    }

    /** NFKC (full-width brackets and punctuation to ASCII) without whitespace: "项 目（一）" → "项目(一)". */
    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
