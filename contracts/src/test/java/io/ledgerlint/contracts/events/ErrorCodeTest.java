package io.ledgerlint.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The wire names are a public contract: the other tests spell codes through the enum, this one pins the names. */
class ErrorCodeTest {

    @Test
    void theWireNamesAreTheDocumentedOnes() {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code)).containsExactly(
                "empty-file", "too-large", "not-pdf", "unreadable-pdf", "encrypted-pdf", "too-deep", "too-many-pages",
                "too-complex", "malformed-form", "no-text-layer", "garbled-text", "parse-failed", "resource-limit",
                "validate-failed");
    }

    @Test
    void everyWireNameReadsBackAsItsValue() {
        for (ErrorCode value : ErrorCode.values()) {
            assertThat(ErrorCode.fromCode(value.code())).isEqualTo(value);
        }
        assertThatThrownBy(() -> ErrorCode.fromCode("NOT_PDF")).isInstanceOf(IllegalArgumentException.class);
    }
}
