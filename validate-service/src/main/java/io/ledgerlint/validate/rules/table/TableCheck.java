package io.ledgerlint.validate.rules.table;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.table.TableView;

/** One kind of identity inside a table, reusable by every table whose layout has it. */
interface TableCheck {

    void check(TableView table, ValidationContext context, FindingSink sink);
}
