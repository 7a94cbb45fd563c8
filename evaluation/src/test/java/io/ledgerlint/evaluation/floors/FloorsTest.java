package io.ledgerlint.evaluation.floors;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.evaluation.report.ClassSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloorsTest {

    private static final String FLOORS = """
            {"corpus": {"cells": 1.0, "recall": 0.5, "precision": 0.973}}
            """;

    @Test
    void roundsDownSoThatTodaysFigureIsNeverBelowItsFloor() {
        assertThat(Floors.roundDown(37.0 / 38)).isEqualTo(0.973);
        assertThat(Floors.roundDown(19.0 / 20)).isEqualTo(0.95);
        assertThat(Floors.roundDown(1.0)).isEqualTo(1.0);
        assertThat(Floors.roundDown(2.0 / 3)).isEqualTo(0.666);
    }

    @Test
    void acceptsFiguresAtTheirFloors() throws IOException {
        assertThat(floors().violations(List.of(corpus(10, 10, 2, 1, 38, 37)))).isEmpty();
    }

    @Test
    void namesEveryFigureBelowItsFloor() throws IOException {
        assertThat(floors().violations(List.of(corpus(10, 9, 4, 1, 38, 36))))
                .containsExactly("class corpus: cells 0.9000 is below its floor 1.000",
                        "class corpus: recall 0.2500 is below its floor 0.500",
                        "class corpus: precision 0.9474 is below its floor 0.973");
    }

    @Test
    void asksForFloorsForAClassWithoutThem() throws IOException {
        ClassSummary layout = new ClassSummary("three-line", 3, 300, 150, 3, 1, 4, 2, 0, 0, 0, 0, 0);
        assertThat(floors().violations(List.of(layout))).containsExactly("class three-line has no floors: add "
                + "\"three-line\": {\"cells\": 0.500, \"recall\": 0.333, \"precision\": 0.500} (today's figures) to "
                + "floors.json");
    }

    private static ClassSummary corpus(int cells, int cellsMatched, int counted, int hits, int reported,
                                       int truePositives) {
        return new ClassSummary("corpus", 2, cells, cellsMatched, counted, hits, reported, truePositives, 0, 0, 0, 0,
                0);
    }

    private static Floors floors() throws IOException {
        return Floors.read(new ByteArrayInputStream(FLOORS.getBytes(StandardCharsets.UTF_8)));
    }
}
