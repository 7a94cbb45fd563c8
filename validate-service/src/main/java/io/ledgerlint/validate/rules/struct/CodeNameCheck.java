package io.ledgerlint.validate.rules.struct;

import io.ledgerlint.validate.document.DocumentFacts;
import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.location.Locations;
import io.ledgerlint.validate.message.Wording;
import io.ledgerlint.validate.table.TableRow;
import io.ledgerlint.validate.table.TableView;
import java.util.OptionalInt;

/**
 * STRUCT-CODE-NAME: a code's printed name is the name the report year's 政府收支分类科目 gives it. Codes the year's
 * table does not list are not judged (rules.md lists only part of the 功能分类). A printed name that is the start of
 * the standard one is a name clipped by a narrow cell ("其他商品和服务支"), not a different name.
 */
final class CodeNameCheck implements Rule.Check {

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        OptionalInt year = DocumentFacts.of(context).year();
        if (year.isEmpty()) {
            return;
        }
        ClassificationCodes.forYear(year.getAsInt()).ifPresent(codes -> {
            for (TableView table : StandardTables.of(context)) {
                for (TableRow row : table.codedRows()) {
                    codes.find(row.code())
                            .filter(entry -> !sameName(row.label(), entry.name()))
                            .ifPresent(entry -> sink.finding()
                                    .at(Locations.row(row, "科目名称"))
                                    .param("row", Wording.place(Wording.table(table.id()),
                                            Wording.row(row.code(), ""), null))
                                    .param("found", Wording.quote(row.label()))
                                    .param("expected", Wording.quote(entry.name()))
                                    .expected(entry.name()).actual(row.label())
                                    .report());
                }
            }
        });
    }

    private static boolean sameName(String printed, String standard) {
        String ours = ClassificationCodes.comparable(printed);
        return ours.isEmpty() || ClassificationCodes.comparable(standard).startsWith(ours);
    }
}
