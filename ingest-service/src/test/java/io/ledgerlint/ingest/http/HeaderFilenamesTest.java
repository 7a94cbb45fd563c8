package io.ledgerlint.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderFilenamesTest {

    @Test
    void decodesAPercentEncodedName() {
        assertThat(HeaderFilenames.decode("%E5%86%B3%E7%AE%97+2024.pdf")).isEqualTo("决算+2024.pdf");
    }

    @Test
    void readsRawUtf8BytesThatArrivedAsLatin1() {
        String asReceived = new String("决算 2024.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(HeaderFilenames.decode(asReceived)).isEqualTo("决算 2024.pdf");
    }

    @Test
    void leavesPlainAndLatin1NamesAlone() {
        assertThat(HeaderFilenames.decode("report 100%.pdf")).isEqualTo("report 100%.pdf");
        assertThat(HeaderFilenames.decode("café.pdf")).isEqualTo("café.pdf");
        assertThat(HeaderFilenames.decode(null)).isNull();
    }
}
