package io.ledgerlint.validate.scoring;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a finding points where an expected finding does (corpus/README.md: same table or section, same row/cell).
 * The auditor wrote locations for people ("公开05表 vs 公开06表", "第三部分 五(三) item 3"), so the comparison reads
 * table numbers, the 第X部分 + numbered heading, and codes or labels, and ignores the rest.
 */
final class LocationMatch {

    private static final Pattern TABLE_RANGE = Pattern.compile("公开\\s*(\\d{2})\\s*[–-]\\s*(\\d{2})\\s*表");
    private static final Pattern TABLE = Pattern.compile("公开\\s*(\\d{2})\\s*表");
    private static final Pattern SECTION = Pattern.compile("(第.部分)\\s*([一二三四五六七八九十]+)");
    private static final Pattern HEADING_NUMERAL = Pattern.compile("([一二三四五六七八九十]+)、");
    private static final Pattern CODE = Pattern.compile("^\\d{3,7}");

    private LocationMatch() {
    }

    static boolean matches(ExpectedFindings.Expected expected, Finding finding) {
        return finding.locations().stream().anyMatch(l -> tableMatches(expected, l) && sectionMatches(expected, l)
                && rowMatches(expected, l));
    }

    private static boolean tableMatches(ExpectedFindings.Expected expected, Location location) {
        if (expected.table() == null) {
            return true;
        }
        Set<String> ids = tableIds(expected.table());
        return ids.isEmpty() || location.table() != null && ids.contains(location.table());
    }

    static Set<String> tableIds(String text) {
        Set<String> ids = new HashSet<>();
        Matcher range = TABLE_RANGE.matcher(text);
        while (range.find()) {
            for (int i = Integer.parseInt(range.group(1)); i <= Integer.parseInt(range.group(2)); i++) {
                ids.add(String.format("%02d", i));
            }
        }
        Matcher single = TABLE.matcher(text);
        while (single.find()) {
            ids.add(single.group(1));
        }
        return ids;
    }

    private static boolean sectionMatches(ExpectedFindings.Expected expected, Location location) {
        if (expected.section() == null) {
            return true;
        }
        if (location.section() == null) {
            return expected.table() != null && location.table() != null;
        }
        Matcher wanted = SECTION.matcher(expected.section());
        if (!wanted.find()) {
            return compact(location.section()).contains(compact(expected.section()))
                    || compact(expected.section()).contains(compact(location.section()));
        }
        String ours = compact(location.section());
        int partAt = ours.indexOf(wanted.group(1));
        if (partAt < 0) {
            return false;
        }
        Matcher numeral = HEADING_NUMERAL.matcher(ours.substring(partAt));
        return numeral.find() && numeral.group(1).equals(wanted.group(2));
    }

    private static boolean rowMatches(ExpectedFindings.Expected expected, Location location) {
        if (expected.row() == null || location.row() == null) {
            return true;
        }
        String want = compact(expected.row());
        String ours = compact(location.row());
        Matcher wantCode = CODE.matcher(want);
        Matcher ourCode = CODE.matcher(ours);
        if (wantCode.find() && ourCode.find()) {
            return wantCode.group().equals(ourCode.group());
        }
        return want.contains(ours) || ours.contains(want);
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
