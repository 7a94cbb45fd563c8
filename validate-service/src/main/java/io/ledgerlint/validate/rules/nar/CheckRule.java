package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.validate.engine.FindingSink;
import io.ledgerlint.validate.engine.Rule;
import io.ledgerlint.validate.engine.ValidationContext;
import java.util.function.BiConsumer;

/** A rule whose check is a method of a class grouping related checks (the NAR and PERF families). */
public record CheckRule(String id, BiConsumer<ValidationContext, FindingSink> body) implements Rule {

    @Override
    public void check(ValidationContext context, FindingSink sink) {
        body.accept(context, sink);
    }
}
