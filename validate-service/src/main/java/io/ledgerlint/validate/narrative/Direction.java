package io.ledgerlint.validate.narrative;

import java.util.Optional;

/** The sign a direction word gives a difference (rules.md NAR-DIRECTION). */
public enum Direction {
    UP, DOWN, SAME;

    /** Longest words first is not needed: no word is a prefix of another with a different sign. */
    public static final String WORDS = "增加|增长|上升|大于|高于|超出|超过|减少|降低|下降|小于|低于|节约|持平|等于|无变化";

    public static Optional<Direction> of(String word) {
        return switch (word) {
            case "增加", "增长", "上升", "大于", "高于", "超出", "超过" -> Optional.of(UP);
            case "减少", "降低", "下降", "小于", "低于", "节约" -> Optional.of(DOWN);
            case "持平", "等于", "无变化" -> Optional.of(SAME);
            default -> Optional.empty();
        };
    }

    public int sign() {
        return switch (this) {
            case UP -> 1;
            case DOWN -> -1;
            case SAME -> 0;
        };
    }
}
