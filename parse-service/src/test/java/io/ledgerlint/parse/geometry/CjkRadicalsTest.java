package io.ledgerlint.parse.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkRadicalsTest {

    @Test
    void kangxiRadicalsReadAsTheIdeographsTheyShow() {
        // as PDFBox reads a Chromium/Noto CJK text layer: ⾏ U+2F8F, ⼀ U+2F00, ⽀ U+2F40, ⾦ U+2FA6
        assertThat(CjkRadicals.asIdeographs("⼀般⾏政管理事务")).isEqualTo("一般行政管理事务");
        assertThat(CjkRadicals.asIdeographs("其他⾦融⽀出")).isEqualTo("其他金融支出");
    }

    @Test
    void simplifiedFormsOfTheRadicalsSupplementToo() {
        assertThat(CjkRadicals.asIdeographs("部\u2ED4决算，\u2ED3期")).isEqualTo("部门决算，长期");
    }

    @Test
    void otherTextIsLeftAsItIsFullWidthPunctuationIncluded() {
        String plain = "公开01表（单位：万元）5,487.18";
        assertThat(CjkRadicals.asIdeographs(plain)).isSameAs(plain);
        // ⺮ (the bamboo radical as a component) stands for no whole ideograph: kept
        assertThat(CjkRadicals.asIdeographs(plain + "⺮")).isEqualTo(plain + "⺮");
    }
}
