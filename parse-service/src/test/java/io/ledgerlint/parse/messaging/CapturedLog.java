package io.ledgerlint.parse.messaging;

import static org.awaitility.Awaitility.await;

import io.ledgerlint.observability.DocumentLogContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The lines one logger writes while open, each with the documentId of the logging context it was written in. The
 * handler runs on the thread that logs, so it sees that thread's context as the JSON formatter does.
 */
final class CapturedLog extends Handler implements AutoCloseable {

    record Line(String text, String documentId, String thread) {
    }

    private final Logger logger;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private CapturedLog(Logger logger) {
        this.logger = logger;
    }

    static CapturedLog of(Class<?> category) {
        CapturedLog log = new CapturedLog(Logger.getLogger(category.getName()));
        log.logger.addHandler(log);
        return log;
    }

    Line awaitLine(Predicate<String> text) {
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> lines.stream().filter(line -> text.test(line.text())).findFirst().orElse(null),
                line -> line != null);
    }

    @Override
    public void publish(LogRecord record) {
        String text = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        Object documentId = MDC.get(DocumentLogContext.DOCUMENT_ID);
        lines.add(new Line(text, documentId == null ? null : documentId.toString(), Thread.currentThread().getName()));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
