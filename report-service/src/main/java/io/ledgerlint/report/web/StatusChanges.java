package io.ledgerlint.report.web;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Flow;

/** In-process fan-out of committed document changes to every open event stream; nothing is kept for late comers. */
@ApplicationScoped
public class StatusChanges {

    private final BroadcastProcessor<StatusChange> processor = BroadcastProcessor.create();
    /** Changes come from the consumer threads of all four topics at once; a processor takes one signal at a time. */
    private final Flow.Processor<StatusChange, StatusChange> serializedInput = processor.serialized();

    public void publish(StatusChange change) {
        serializedInput.onNext(change);
    }

    public Multi<StatusChange> stream() {
        return processor;
    }
}
