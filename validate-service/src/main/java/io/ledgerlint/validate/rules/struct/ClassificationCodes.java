package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.validate.table.Labels;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One year's 政府收支分类科目 (rules.md §4.1/§4.2) from {@code codes/<year>.tsv}: {@code code<TAB>name<TAB>F|E} per
 * line, F for 支出功能分类 and E for 部门预算支出经济分类. Each year is read once; the catalogue is revised yearly, so a
 * year without a file is not judged rather than judged against another year's names.
 */
final class ClassificationCodes {

    /** Which classification a code belongs to. */
    enum Kind { FUNCTIONAL, ECONOMIC }

    record Entry(String code, String name, Kind kind) {
    }

    private static final Map<Integer, Optional<ClassificationCodes>> BY_YEAR = new ConcurrentHashMap<>();

    private final Map<String, Entry> byCode;

    private ClassificationCodes(Map<String, Entry> byCode) {
        this.byCode = byCode;
    }

    static Optional<ClassificationCodes> forYear(int year) {
        return BY_YEAR.computeIfAbsent(year, ClassificationCodes::load);
    }

    Optional<Entry> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The 款 (5-digit codes) of the 经济分类, in catalogue order: the rows the T06 template prints. */
    List<Entry> economicItems() {
        return byCode.values().stream().filter(e -> e.kind() == Kind.ECONOMIC && e.code().length() == 5).toList();
    }

    /** Names compared as rules.md §6.2 asks: whitespace removed, （）/() unified. */
    static String comparable(String name) {
        return Labels.normalise(name);
    }

    private static Optional<ClassificationCodes> load(int year) {
        String resource = "codes/" + year + ".tsv";
        try (InputStream in = ClassificationCodes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException(resource + ": expected code, name and kind in \"" + line + "\"");
                }
                Kind kind = fields[2].equals("E") ? Kind.ECONOMIC : Kind.FUNCTIONAL;
                entries.put(fields[0], new Entry(fields[0], fields[1], kind));
            }
            return Optional.of(new ClassificationCodes(Collections.unmodifiableMap(entries)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
