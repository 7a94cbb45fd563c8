package io.ledgerlint.testsupport;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Silences PDFBox while a test class runs ({@code @ExtendWith(QuietPdfBox.class)}): on damaged files it logs every
 * font and object it works around, thousands of lines that would bury a fuzz run's summary and cost time.
 */
public final class QuietPdfBox implements BeforeAllCallback, AfterAllCallback {

    /** Held: java.util.logging keeps loggers only weakly, and would forget the level. */
    private static final List<Logger> LOGGERS = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    @Override
    public void beforeAll(ExtensionContext context) {
        LOGGERS.forEach(logger -> logger.setLevel(Level.OFF));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LOGGERS.forEach(logger -> logger.setLevel(null));
    }
}
