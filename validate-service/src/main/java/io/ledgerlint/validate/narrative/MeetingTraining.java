package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "开支会议费X万元，…会议场租费a万元、会务用餐费b万元…": the 会议费 or 培训费 total and the costs itemised after it in the
 * same sentence (up to the next 会议费/培训费 total).
 */
public record MeetingTraining(Sentence sentence, Kind kind, BigDecimal total, List<BigDecimal> items) {

    /** Which general expense. */
    public enum Kind { MEETING, TRAINING }

    private static final Pattern HEAD = Pattern.compile(".*(会议费|培训费)(?:支出)?(?:为|共计|合计)?$");

    static List<MeetingTraining> read(List<Sentence> sentences) {
        List<MeetingTraining> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Kind kind = null;
            BigDecimal total = null;
            List<BigDecimal> items = new ArrayList<>();
            for (Figures.Amount a : s.amounts()) {
                var head = HEAD.matcher(a.label());
                if (head.matches()) {
                    add(out, s, kind, total, items);
                    kind = head.group(1).equals("会议费") ? Kind.MEETING : Kind.TRAINING;
                    total = a.value();
                    items = new ArrayList<>();
                } else if (kind != null) {
                    items.add(a.value());
                }
            }
            add(out, s, kind, total, items);
        }
        return out;
    }

    private static void add(List<MeetingTraining> out, Sentence s, Kind kind, BigDecimal total, List<BigDecimal> items) {
        if (kind != null) {
            out.add(new MeetingTraining(s, kind, total, List.copyOf(items)));
        }
    }
}
