package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A self-evaluation score in the text ("自评得分98.3分，…为“优”", "绩效自评分为99.5分，为优等"). It is about the 整体
 * (whole-department) evaluation when the sentence or its sub-heading says 整体, otherwise about the project its
 * sub-heading names.
 *
 * @param project the project name from the sub-heading, null for the 整体 score
 * @param grade   优/良/中/差 when the sentence states one, else null
 */
public record ScoreClaim(Sentence sentence, String project, BigDecimal score, String grade) {

    private static final Pattern SCORE = Pattern.compile("(?:自评|评价|综合|绩效)(?:得分|分|总分)(?:为|是|共)?(\\d+(?:\\.\\d+)?)分");
    private static final Pattern GRADE = Pattern.compile("(?:为|等级为|评定为|等次为|结果为)“?(优|良|中|差)(?:秀|好|等)?”?");
    private static final Pattern MARKER = Pattern.compile("^(?:（[一二三四五六七八九十\\d]+）|\\d+[、.]|[一二三四五六七八九十]+、)");

    public boolean overall() {
        return project == null;
    }

    static List<ScoreClaim> read(List<Sentence> sentences) {
        List<ScoreClaim> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Matcher m = SCORE.matcher(s.text().indexOf('分') >= 0 ? s.text() : "");
            while (m.find()) {
                Matcher grade = GRADE.matcher(s.text());
                String g = grade.find(m.end()) ? grade.group(1) : null;
                boolean overall = s.text().contains("整体") || s.subheading() == null || s.subheading().contains("整体");
                out.add(new ScoreClaim(s, overall ? null : projectName(s.subheading()), new BigDecimal(m.group(1)), g));
            }
        }
        return out;
    }

    /** "（1）政府雇员经费项目" → "政府雇员经费". */
    public static String projectName(String subheading) {
        return MARKER.matcher(subheading).replaceFirst("").replaceAll("(?:专项)?项目$", "");
    }
}
