package io.ledgerlint.parse.geometry;

import java.text.Normalizer;
import java.util.Map;

/**
 * Many published PDFs map ideographs to radical code points in their text layer (行 comes out as ⾏ U+2F8F, 门 as ⻔
 * U+2ED4): the font's cmap maps both to one glyph and the producer wrote the lower code point into ToUnicode
 * (Chromium does the same with Noto CJK). Labels, titles and classification names must then be compared as the
 * ideographs they show. NFKC maps the Kangxi Radicals block; the CJK Radicals Supplement has no compatibility mapping,
 * so its simplified forms that stand for whole ideographs are listed here.
 */
public final class CjkRadicals {

    private static final char KANGXI_FIRST = '\u2F00';
    private static final char KANGXI_LAST = '\u2FD5';
    private static final char SUPPLEMENT_FIRST = '\u2E80';
    private static final char SUPPLEMENT_LAST = '\u2EFF';
    private static final Map<Character, Character> SUPPLEMENT = Map.ofEntries(
            Map.entry('\u2EA0', '民'), Map.entry('\u2EC1', '虎'), Map.entry('\u2EC4', '西'), Map.entry('\u2EC5', '见'),
            Map.entry('\u2EC6', '角'), Map.entry('\u2EC9', '贝'), Map.entry('\u2ECB', '车'), Map.entry('\u2ED1', '長'),
            Map.entry('\u2ED3', '长'), Map.entry('\u2ED4', '门'), Map.entry('\u2ED8', '青'), Map.entry('\u2EDA', '页'),
            Map.entry('\u2EDB', '风'), Map.entry('\u2EDC', '飞'), Map.entry('\u2EDD', '食'), Map.entry('\u2EE2', '马'),
            Map.entry('\u2EE4', '鬼'), Map.entry('\u2EE5', '鱼'), Map.entry('\u2EE6', '鸟'), Map.entry('\u2EE8', '麦'),
            Map.entry('\u2EE9', '黄'), Map.entry('\u2EEC', '齐'), Map.entry('\u2EEE', '齿'), Map.entry('\u2EF0', '龙'),
            Map.entry('\u2EF3', '龟'));

    private CjkRadicals() {
    }

    /** {@code text} with radical code points that stand for an ideograph replaced by it; other text unchanged. */
    public static String asIdeographs(String text) {
        if (!containsRadical(text)) {
            return text;
        }
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= KANGXI_FIRST && c <= KANGXI_LAST) {
                result.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                result.append(SUPPLEMENT.getOrDefault(c, c));
            }
        }
        return result.toString();
    }

    private static boolean containsRadical(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= SUPPLEMENT_FIRST && c <= KANGXI_LAST) {
                return true;
            }
        }
        return false;
    }
}
