package io.ledgerlint.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.ingest.http.LenientMultipartReader.Broken;
import io.ledgerlint.ingest.http.LenientMultipartReader.FileField;
import io.ledgerlint.ingest.http.LenientMultipartReader.Form;
import io.ledgerlint.ingest.http.LenientMultipartReader.NoFileField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LenientMultipartReaderTest {

    private static final String CONTENT_TYPE = "multipart/form-data; boundary=b0undary";

    @TempDir
    Path work;

    @Test
    void aQuotedNameRunsOnAcrossRawLineBreaksToItsClosingQuote() throws IOException {
        // As HttpClient sends it: CR escaped with a backslash, LF and NUL raw.
        Form form = read(CONTENT_TYPE, form(part(
                "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\\\r\nINFO x\0.pdf\"", "%PDF-1.7")));

        assertThat(form).isEqualTo(new FileField("a.pdf\r\nINFO x\0.pdf"));
        assertThat(Files.readString(work.resolve("file"))).isEqualTo("%PDF-1.7");
    }

    @Test
    void aQuoteThatNeverClosesEndsAtTheLineBreak() throws IOException {
        Form form = read(CONTENT_TYPE, form(part("Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\r\n"
                + "Content-Type: application/pdf", "%PDF-1.7")));

        assertThat(form).isEqualTo(new FileField("a.pdf"));
    }

    @Test
    void whatFollowsAQuoteThatNeverClosesIsNoHeader() throws IOException {
        Form form = read(CONTENT_TYPE, form(part("Content-Type: application/pdf; name=\"a.pdf\r\n"
                + "Content-Disposition: form-data; name=file; filename=forged.pdf", "%PDF-1.7")));

        assertThat(form).isEqualTo(new NoFileField());
    }

    @Test
    void anEncodedNameWinsOverThePlainOne() throws IOException {
        Form form = read(CONTENT_TYPE, form(part("Content-Disposition: form-data; name=\"file\"; filename=\"plain.pdf\";"
                + " filename*=UTF-8''%E5%86%B3%E7%AE%97+1.pdf", "%PDF-1.7")));

        assertThat(form).isEqualTo(new FileField("决算+1.pdf"));
    }

    @Test
    void aWindowsPathKeepsItsBackslashes() throws IOException {
        Form form = read(CONTENT_TYPE, form(part(
                "Content-Disposition: form-data; name=\"file\"; filename=\"C:\\Users\\a.pdf\"", "%PDF-1.7")));

        assertThat(form).isEqualTo(new FileField("C:\\Users\\a.pdf"));
    }

    @Test
    void otherFieldsArePassedOver() throws IOException {
        String body = form(part("Content-Disposition: form-data; name=\"note\"", "hello"),
                part("Content-Disposition: form-data; name=\"other\"; filename=\"x.pdf\"", "%PDF-1.7"));

        assertThat(read(CONTENT_TYPE, body)).isEqualTo(new NoFileField());
    }

    @Test
    void aFormWithoutItsBoundaryOrCutOffIsBroken() throws IOException {
        String whole = form(part("Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"", "%PDF-1.7"));

        assertThat(read("multipart/form-data", whole)).isInstanceOf(Broken.class);
        assertThat(read("multipart/form-data; boundary=other", whole)).isInstanceOf(Broken.class);
        assertThat(read(CONTENT_TYPE, whole.substring(0, whole.indexOf("%PDF") + 4)))
                .isEqualTo(new Broken("it is cut off or strays from the multipart syntax (Stream ended unexpectedly)",
                        "a.pdf"));
        assertThat(read(CONTENT_TYPE, whole.substring(0, whole.indexOf("filename"))))
                .isInstanceOfSatisfying(Broken.class, broken -> assertThat(broken.filename()).isNull());
    }

    private static String form(String... parts) {
        return String.join("", parts) + "--b0undary--\r\n";
    }

    private static String part(String headers, String content) {
        return "--b0undary\r\n" + headers + "\r\n\r\n" + content + "\r\n";
    }

    private Form read(String contentType, String body) throws IOException {
        Path form = Files.write(work.resolve("form"), body.getBytes(StandardCharsets.UTF_8));
        return LenientMultipartReader.readFileField(form, contentType, work.resolve("file"));
    }
}
