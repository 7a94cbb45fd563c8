package io.ledgerlint.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNamesTest {

    private static final String FALLBACK = "document.pdf";

    @Test
    void dropsLineBreaksAndNulThatWouldForgeALogLine() {
        assertThat(DisplayNames.of("report.pdf\r\n2024-01-01 INFO VALIDATED id=1\0.pdf", FALLBACK))
                .isEqualTo("report.pdf2024-01-01 INFO VALIDATED id=1.pdf");
    }

    @Test
    void dropsTheRightToLeftOverrideThatDisguisesAnExtension() {
        assertThat(DisplayNames.of("invoice\u202Efdp.exe", FALLBACK)).isEqualTo("invoicefdp.exe");
    }

    @Test
    void dropsEveryBidiControlAndOtherFormatCharacter() {
        String bidiControls = "\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
        // zero width space, non-joiner, joiner, word joiner, byte order mark, soft hyphen, a tag character
        String otherFormat = "\u200B\u200C\u200D\u2060\uFEFF\u00AD" + Character.toString(0xE0041);

        assertThat(DisplayNames.of("决算" + bidiControls + otherFormat + "报告.pdf", FALLBACK)).isEqualTo("决算报告.pdf");
    }

    @Test
    void dropsLineAndParagraphSeparatorsAndLoneSurrogates() {
        assertThat(DisplayNames.of("a\u2028b\u2029c\u0085d\uD800.pdf", FALLBACK)).isEqualTo("abcd.pdf");
    }

    @Test
    void keepsChineseEmojiAndAccents() {
        assertThat(DisplayNames.of("株洲市财政局 2024年度部门决算 😀 re\u0301sume\u0301.pdf", FALLBACK))
                .isEqualTo("株洲市财政局 2024年度部门决算 😀 re\u0301sume\u0301.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd/决算.pdf", "C:\\Users\\x\\决算.pdf", "..\\..\\x/../决算.pdf",
            "../../决算.pdf", "a/\u202E/决算.pdf"})
    void keepsOnlyTheLastPathSegment(String sent) {
        assertThat(DisplayNames.of(sent, FALLBACK)).isEqualTo("决算.pdf");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", ".", "..", "x/..", "x\\.", "dir/", "\0\r\n", ".\u200B.", "\u202E",
            "\u202E\u2066\uFEFF"})
    void fallsBackWhenNothingUsableIsLeft(String sent) {
        assertThat(DisplayNames.of(sent, FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void boundsTenThousandCharactersTo255BytesKeepingTheExtension() {
        String shown = DisplayNames.of("决".repeat(10_000) + ".pdf", FALLBACK);

        // 3 bytes each: 83 characters and ".pdf" make 253 bytes, one more character would make 256
        assertThat(shown).isEqualTo("决".repeat(83) + ".pdf");
        assertThat(utf8Length(shown)).isLessThanOrEqualTo(DisplayNames.MAX_BYTES);
    }

    @Test
    void neverCutsACharacterOutsideTheBmpInHalf() {
        String shown = DisplayNames.of("😀".repeat(10_000) + ".pdf", FALLBACK);

        assertThat(shown).isEqualTo("😀".repeat(62) + ".pdf");
    }

    @Test
    void neverCutsALetterFromItsCombiningAccent() {
        // "e" and U+0301 make one 3-byte character: 83 of them and ".pdf" make 253 bytes; a cut between code points
        // would keep a bare "e" in the last 2 bytes
        String shown = DisplayNames.of("e\u0301".repeat(10_000) + ".pdf", FALLBACK);

        assertThat(shown).isEqualTo("e\u0301".repeat(83) + ".pdf");
    }

    @Test
    void shortensANameWithoutAnExtensionToExactly255Bytes() {
        assertThat(DisplayNames.of("a".repeat(10_000), FALLBACK)).isEqualTo("a".repeat(255));
    }

    @Test
    void aLongTailAfterTheLastDotIsNoExtensionToKeep() {
        assertThat(DisplayNames.of("a".repeat(300) + "." + "b".repeat(300), FALLBACK)).isEqualTo("a".repeat(255));
    }

    @Test
    void leavesANameOfExactly255BytesAlone() {
        String name = "a".repeat(251) + ".pdf";

        assertThat(DisplayNames.of(name, FALLBACK)).isEqualTo(name);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
