package io.ledgerlint.validate.rules.nar;

import io.ledgerlint.validate.engine.ValidationContext;
import io.ledgerlint.validate.narrative.Narrative;

/** The document's narrative, parsed once and shared by the NAR and PERF rules. */
public final class NarrativeOf {

    private NarrativeOf() {
    }

    public static Narrative document(ValidationContext context) {
        return context.derived(Narrative.class, c -> Narrative.read(c.sections()));
    }
}
