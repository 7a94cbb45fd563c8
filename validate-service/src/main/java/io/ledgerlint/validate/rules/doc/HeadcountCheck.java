package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.domain.table.StandardTable;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOC-HEADCOUNT: the 编制数 and the 实有/在职人数 are the same wherever they are stated: 概况, 自评报告 (each 第X部分 is
 * one source) and 基础数据表 (a cell headed 编制数 or 在职人数 with the number below it). Sub-quotas (行政编制,
 * 事业编制 …) are other figures and are not read.
 */
final class HeadcountCheck implements Rule.Check {

    /** What a head-count counts, with how the narrative and the table headers name it. */
    private enum Kind {
        QUOTA("编制数", Phrase.of("编制数", "staffing quota (\"编制数\")"), Pattern.compile("(?<!行政|事业|工勤|参公)编制(?:数|人数)?(?:为|共|有|共有)?(\\d+)(?:人|名)"),
                Pattern.compile("^编制(?:数|人数)?$")),
        ON_DUTY("在职人数", Phrase.of("在职人数", "staff on duty (\"在职人数\")"), Pattern.compile("(?:实有|实际在职|在职)(?:人数|人员|员工|职工)?(?:为|共|有|共有)?(\\d+)(?:人|名)"),
                Pattern.compile("(?:实有|在职)(?:人数|人员)$"));

        private final String label;
        private final Phrase name;
        private final Pattern inText;
        private final Pattern header;

        Kind(String label, Phrase name, Pattern inText, Pattern header) {
            this.label = label;
            this.name = name;
            this.inText = inText;
            this.header = header;
        }
    }

    /** One stated head-count, where it was stated and how a message names that place. */
    private record Stated(String source, Phrase place, int count, Location location) {
    }

    private static final Pattern COUNT = Pattern.compile("\\d+");
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分");
    /** A 基础数据表 prints the number within the next rows below its header cell. */
    private static final int ROWS_BELOW = 2;

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        for (Kind kind : Kind.values()) {
            Map<String, Stated> bySource = new LinkedHashMap<>();
            statedInText(context, kind).forEach(s -> bySource.putIfAbsent(s.source(), s));
            statedInTables(context, kind).forEach(s -> bySource.putIfAbsent(s.source(), s));
            List<Stated> stated = List.copyOf(bySource.values());
            stated.stream().filter(s -> s.count() != stated.get(0).count()).findFirst().ifPresent(other -> {
                Stated first = stated.get(0);
                sink.finding().at(first.location()).at(other.location())
                        .param("what", kind.name)
                        .param("source", other.place()).param("found", persons(other.count()))
                        .param("reference", first.place()).param("expected", persons(first.count()))
                        .expected(first.count()).actual(other.count())
                        .report();
            });
        }
    }

    private static List<Stated> statedInText(ValidationContext context, Kind kind) {
        List<Stated> stated = new ArrayList<>();
        List<String> texts = CompactSections.of(context);
        for (int i = 0; i < texts.size(); i++) {
            Section section = context.sections().get(i);
            Matcher m = kind.inText.matcher(texts.get(i));
            if (m.find()) {
                String source = section.level() == 1 || section.part() == null ? section.heading() : section.part();
                String part = partName(source);
                stated.add(new Stated(part, Phrase.of(part, "\"" + part + "\""), Integer.parseInt(m.group(1)),
                        Locations.text(YearCheck.sectionName(section), m.group(), section.page())));
            }
        }
        return stated;
    }

    private static List<Stated> statedInTables(ValidationContext context, Kind kind) {
        List<Stated> stated = new ArrayList<>();
        for (TablesExtracted.Table table : context.document().tables()) {
            Optional<TableView> view = context.printedTable(table.id());
            if (StandardTable.byId(table.id()).isPresent() || view.isEmpty()) {
                continue;
            }
            List<List<Cell>> grid = view.get().grid();
            for (int r = 0; r < grid.size(); r++) {
                for (int c = 0; c < grid.get(r).size(); c++) {
                    if (kind.header.matcher(Contents.compact(grid.get(r).get(c).text())).find()) {
                        String source = table.title() == null ? table.id() : Contents.compact(table.title());
                        Phrase place = table.title() == null ? Wording.table(table.id()) : Wording.titled(source);
                        Location at = Locations.gridCell(view.get(), r, c, kind.label);
                        countBelow(grid, r, c).ifPresent(count -> stated.add(new Stated(source, place, count, at)));
                    }
                }
            }
        }
        return stated;
    }

    private static Phrase persons(int count) {
        return Wording.count(count, "人", "person", "persons");
    }

    private static OptionalInt countBelow(List<List<Cell>> grid, int row, int column) {
        for (int r = row + 1; r <= Math.min(row + ROWS_BELOW, grid.size() - 1); r++) {
            if (column < grid.get(r).size()) {
                String text = Contents.compact(grid.get(r).get(column).text());
                if (COUNT.matcher(text).matches()) {
                    return OptionalInt.of(Integer.parseInt(text));
                }
            }
        }
        return OptionalInt.empty();
    }

    /** "第一部分 …概况" → "第一部分"; a source is named by its part. */
    private static String partName(String heading) {
        String compact = Contents.compact(heading);
        Matcher part = PART.matcher(compact);
        return part.find() ? part.group() : compact;
    }
}
