package io.ledgerlint.parse.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.parse.geometry.Ruling;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The sweeps that replaced testing every pair give exactly what testing every pair gave: the same crossings, and the
 * same covered length to the last bit (the grid's cells, and so the corpus figures, stay identical).
 */
class SweepEquivalenceTest {

    private static final double TOLERANCE = 2.0;

    @RepeatedTest(20)
    void crossingsAreThePairsThatTouch(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Ruling> horizontals = rulings(random, true, 150);
        List<Ruling> verticals = rulings(random, false, 150);
        Set<List<Integer>> expected = new HashSet<>();
        for (int h = 0; h < horizontals.size(); h++) {
            for (int v = 0; v < verticals.size(); v++) {
                Ruling horizontal = horizontals.get(h);
                Ruling vertical = verticals.get(v);
                if (horizontal.touches(vertical.position(), horizontal.position(), TOLERANCE)
                        && vertical.touches(horizontal.position(), vertical.position(), TOLERANCE)) {
                    expected.add(List.of(h, v));
                }
            }
        }
        Set<List<Integer>> found = new HashSet<>();
        Crossings.find(horizontals, verticals, TOLERANCE, (h, v) -> assertThat(found.add(List.of(h, v))).isTrue());

        assertThat(expected).isNotEmpty();
        assertThat(found).isEqualTo(expected);
    }

    @RepeatedTest(20)
    void coverageIsThePlainSumOverTheLinesNearby(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Ruling> merged = GridDetector.merge(rulings(random, true, 300));
        LineCoverage coverage = new LineCoverage(merged);
        for (int query = 0; query < 500; query++) {
            double position = random.nextDouble() * 200;
            double from = random.nextDouble() * 200;
            double to = from + random.nextDouble() * 60;
            double plain = 0;
            for (Ruling ruling : merged) {
                if (Math.abs(ruling.position() - position) <= 3.0) {
                    plain += Math.max(0, Math.min(to, ruling.end()) - Math.max(from, ruling.start()));
                }
            }
            assertThat(coverage.covered(position, 3.0, from, to)).isEqualTo(plain);
        }
    }

    /** Short and long pieces on a few dozen positions, so that many are collinear, touch or nearly touch. */
    private static List<Ruling> rulings(Random random, boolean horizontal, int count) {
        List<Ruling> rulings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double position = random.nextInt(40) * 5 + random.nextDouble();
            double start = random.nextDouble() * 200;
            rulings.add(new Ruling(horizontal, position, start, start + 1 + random.nextDouble() * 40));
        }
        return rulings;
    }
}
