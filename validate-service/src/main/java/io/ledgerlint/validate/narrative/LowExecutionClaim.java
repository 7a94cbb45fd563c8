package io.ledgerlint.validate.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A qualitative claim that a project's execution fell short ("企业数据库建设专项经费项目预算执行率偏低"), with the
 * project named before it.
 */
public record LowExecutionClaim(Sentence sentence, String project) {

    private static final String LOW_WORDS_TEXT = "执行(?:率|进度)(?:偏低|较低|低|偏慢|较慢|滞后)";
    private static final Pattern LOW = Pattern.compile(
            "([^，。；：]{2,40}?)(?:项目)?(?:的)?(?:预算)?" + LOW_WORDS_TEXT);
    private static final Pattern LOW_WORDS = Pattern.compile(LOW_WORDS_TEXT);

    static List<LowExecutionClaim> read(List<Sentence> sentences) {
        List<LowExecutionClaim> out = new ArrayList<>();
        for (Sentence s : sentences) {
            // The pattern's lazy prefix is tried at every position: skip the sentences that cannot match at all.
            if (!LOW_WORDS.matcher(s.text()).find()) {
                continue;
            }
            Matcher m = LOW.matcher(s.text());
            if (m.find()) {
                out.add(new LowExecutionClaim(s, m.group(1)));
            }
        }
        return out;
    }
}
