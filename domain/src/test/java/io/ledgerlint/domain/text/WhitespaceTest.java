package io.ledgerlint.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void everyUnicodeSpaceCountsTheIdeographicAndTheNoBreakOneAmongThem() {
        assertThat(Whitespace.removed(" 项\u3000目\u00a0名 称\t\n")).isEqualTo("项目名称");
        assertThat(Whitespace.collapsed("  一般\u3000\u3000公共  服务 ")).isEqualTo("一般 公共 服务");
        assertThat(Whitespace.words("公开\u300002 表")).containsExactly("公开", "02", "表");
    }

    @Test
    void nullReadsAsEmpty() {
        assertThat(Whitespace.removed(null)).isEmpty();
        assertThat(Whitespace.collapsed(null)).isEmpty();
    }
}
