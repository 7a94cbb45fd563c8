package io.ledgerlint.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

class DocumentLogContextTest {

    @Test
    void theIdIsInTheContextWhileOpenAndTheOuterOneComesBackAfter() {
        try (DocumentLogContext outer = DocumentLogContext.open("aaaa")) {
            assertThat(MDC.get(DocumentLogContext.DOCUMENT_ID)).isEqualTo("aaaa");
            try (DocumentLogContext inner = DocumentLogContext.open("bbbb")) {
                assertThat(MDC.get(DocumentLogContext.DOCUMENT_ID)).isEqualTo("bbbb");
            }
            assertThat(MDC.get(DocumentLogContext.DOCUMENT_ID)).isEqualTo("aaaa");
        }
        assertThat(MDC.get(DocumentLogContext.DOCUMENT_ID)).isNull();
    }
}
