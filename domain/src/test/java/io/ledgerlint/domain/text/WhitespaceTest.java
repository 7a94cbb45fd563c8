package io.ledgerlint.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void everyUnicodeSpaceCountsTheIdeographicAndTheNoBreakOneAmongThem() {
        assertThat(Whitespace.removed(" 项\u3000目\u00a0名 称\t\n")).isEqualTo("项目名称");
        assertThat(Whitespace.collapsed("  一般\u3000\u3000公共  服务 ")).isEqualTo("一般 公共 服务");
        assertThat(Whitespace.words("公开\u300002 表")).containsExactly("公开", "02", "表");
    }

    /** The hand-written check must agree with the pattern it stands for, on every character of the BMP. */
    @Test
    void removesExactlyWhatTheWhitespacePatternMatches() {
        Pattern space = Pattern.compile("[\\s\\p{Z}]");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + "b";
            String expected = space.matcher(String.valueOf(c)).matches() ? "ab" : text;
            assertThat(Whitespace.removed(text)).as("U+%04X", (int) c).isEqualTo(expected);
        }
    }

    @Test
    void nullReadsAsEmpty() {
        assertThat(Whitespace.removed(null)).isEmpty();
        assertThat(Whitespace.collapsed(null)).isEmpty();
    }
}
