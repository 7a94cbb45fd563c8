package io.ledgerlint.validate.rules.doc;

import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.Severity;
import io.ledgerlint.domain.table.StandardTable;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Phrase;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.Labels;
import io.ledgerlint.validate.table.TableView;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOC-UNIT-NAME: the 部门 line of each 公开表 names the unit of the title. A blank 部门 is a warning (one finding
 * listing every such table); a differing name is a spelling variant (info). A table whose 部门 line was not
 * extracted at all (null) is not judged.
 */
final class UnitNameCheck implements Rule.Check {

    private static final Pattern TITLE = Pattern.compile("^20\\d{2}年度?(.+?)(?:部门（单位）)?(?:部门)?决算(?:公开)?$");
    /**
     * The caption's own label, when the extraction kept it with the name: templates print the 部门 line as 部门：,
     * 单位：, 编制部门：, 填报单位： or 编制单位：. "单位：" beside "单位：万元" with nothing after it is a blank 部门.
     */
    private static final Pattern LABEL = Pattern.compile("^(?:编制|填报|填表)?(?:部门|单位)(?:名称)?[:：]");

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        Optional<String> unit = unitName(context.document().title());
        List<TableView> tables = java.util.Arrays.stream(StandardTable.values())
                .flatMap(t -> context.printedTable(t.id()).stream())
                .filter(t -> t.table().department() != null)
                .toList();
        List<TableView> blank = tables.stream().filter(t -> department(t).isEmpty()).toList();
        if (!blank.isEmpty()) {
            FindingSink.Builder finding = sink.finding()
                    .param("table", Wording.tables(blank.stream().map(TableView::id).toList()))
                    .param("found", Phrase.of("空白", "blank"))
                    .param("expected", unit.map(Wording::quote)
                            .orElse(Phrase.of("标题所列单位名称", "the unit the title names")))
                    .expected(unit.orElse(null)).actual("");
            blank.forEach(t -> finding.at(location(t)));
            finding.report();
        }
        unit.ifPresent(name -> tables.stream()
                .filter(t -> !department(t).isEmpty())
                .filter(t -> !department(t).equals(name))
                .forEach(t -> sink.finding().severity(Severity.INFO).at(location(t))
                        .param("table", Wording.table(t.id())).param("found", Wording.quote(department(t)))
                        .param("expected", Wording.quote(name))
                        .expected(name).actual(department(t)).report()));
    }

    /** The name on the table's 部门 line, normalised, without the line's label. */
    static String department(TableView table) {
        return LABEL.matcher(Labels.normalise(table.table().department())).replaceFirst("");
    }

    /** The unit named by a title such as "2024年度株洲市人民政府办公室部门（单位）部门决算". */
    static Optional<String> unitName(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher m = TITLE.matcher(Labels.normalise(title));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Location location(TableView table) {
        return Locations.part(table, null, "部门");
    }
}
