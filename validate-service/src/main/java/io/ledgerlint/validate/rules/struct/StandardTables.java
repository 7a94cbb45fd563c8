package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.domain.table.StandardTable;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.table.TableView;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The nine 公开表 the STRUCT rules look at. */
final class StandardTables {

    /** Tables whose codes are 经济分类 (3/5 digits); the others carry 功能分类 codes (3/5/7 digits). */
    static final Set<String> ECONOMIC = Set.of("06");

    private StandardTables() {
    }

    static List<TableView> of(ValidationContext context) {
        return Arrays.stream(StandardTable.values()).flatMap(t -> context.table(t.id()).stream()).toList();
    }
}
