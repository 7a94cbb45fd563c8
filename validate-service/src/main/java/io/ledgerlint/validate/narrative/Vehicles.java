package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vehicle counts: the 国有资产 section's "共有车辆N辆，其中，…用车a辆、…" and the 三公 section's "公务用车保有量为M辆".
 *
 * @param total      null when the 国有资产 section gives none
 * @param categories the listed categories (name, count)
 * @param fleet      the 三公 保有量, or null
 */
public record Vehicles(Sentence totalSentence, BigDecimal total, List<Count> categories, Sentence fleetSentence,
                       BigDecimal fleet) {

    /** A vehicle category and its count. */
    public record Count(String name, BigDecimal value) {
    }

    private static final Pattern COUNT = Pattern.compile("(\\d+)辆");
    private static final Pattern TOTAL = Pattern.compile("(?:共有|拥有|现有)?车辆(?:共|合计|总数)?(?:为)?(\\d+)辆");
    private static final Pattern FLEET = Pattern.compile("保有量(?:为|共)?(\\d+)辆");

    static Vehicles read(List<Sentence> sentences) {
        Sentence totalSentence = null;
        BigDecimal total = null;
        List<Count> categories = new ArrayList<>();
        Sentence fleetSentence = null;
        BigDecimal fleet = null;
        for (Sentence s : sentences) {
            String text = s.text();
            Matcher fleetMatch = FLEET.matcher(text);
            if (fleet == null && fleetMatch.find()) {
                fleetSentence = s;
                fleet = new BigDecimal(fleetMatch.group(1));
            }
            Matcher totalMatch = TOTAL.matcher(text);
            if (total == null && s.sectionMentions("资产") && totalMatch.find()) {
                totalSentence = s;
                total = new BigDecimal(totalMatch.group(1));
                int listStart = text.indexOf("其中", totalMatch.end());
                if (listStart >= 0) {
                    Matcher count = COUNT.matcher(text);
                    count.region(listStart, text.length());
                    while (count.find()) {
                        categories.add(new Count(Figures.labelBefore(text, count.start()), new BigDecimal(count.group(1))));
                    }
                }
            }
        }
        return new Vehicles(totalSentence, total, List.copyOf(categories), fleetSentence, fleet);
    }
}
