package io.ledgerlint.parse.benchmark;

import io.ledgerlint.parse.benchmark.InterleavedRounds.RoundTime;
import io.ledgerlint.parse.benchmark.InterleavedRounds.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * The speed tables of the report, from the interleaved rounds: per tool, pages per second from the wall-clock time and
 * from the measuring thread's CPU time; and the first tool's pages per second divided by each other tool's, taken
 * round by round so that the two numbers of a ratio come from the same state of the machine.
 */
final class SpeedReport {

    /** One tool's speed over the timed rounds. */
    record ToolSpeed(String tool, Spread wallPagesPerSecond, Spread cpuPagesPerSecond, Spread onCpu) {

        static ToolSpeed of(String tool, List<RoundTime> rounds, int pages) {
            return new ToolSpeed(tool, spread(rounds, round -> round.wallPagesPerSecond(pages)),
                    spread(rounds, round -> round.cpuPagesPerSecond(pages)), spread(rounds, RoundTime::onCpu));
        }

        private static Spread spread(List<RoundTime> rounds, Function<RoundTime, Double> measure) {
            return Spread.of(rounds.stream().map(measure).toList());
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", tool, wallPagesPerSecond.cells(1),
                    cpuPagesPerSecond.cells(1), onCpu.cells(2));
        }
    }

    /** How many times the reference tool's pages per second {@code other} reached, round by round. */
    record Ratio(String other, Spread wall, Spread cpu) {

        static Ratio of(String other, List<RoundTime> reference, List<RoundTime> others) {
            return new Ratio(other, perRound(reference, others, RoundTime::wallNanos),
                    perRound(reference, others, RoundTime::cpuNanos));
        }

        /** Both tools read the same pages in a round, so the ratio of their speeds is the other's time over ours. */
        private static Spread perRound(List<RoundTime> reference, List<RoundTime> others,
                ToLongFunction<RoundTime> nanos) {
            return Spread.of(IntStream.range(0, reference.size())
                    .mapToObj(round -> (double) nanos.applyAsLong(others.get(round))
                            / nanos.applyAsLong(reference.get(round)))
                    .toList());
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %s | %s |%n", other, wall.cells(2), cpu.cells(2));
        }
    }

    private SpeedReport() {
    }

    /** The two Markdown tables: speed per tool, then the first tool's per-round ratio to each other one. */
    static String tables(Map<Tool, List<RoundTime>> times, int pages) {
        List<Tool> tools = new ArrayList<>(times.keySet());
        Tool reference = tools.get(0);
        StringBuilder text = new StringBuilder("""
                | tool | pages/s from wall time: median | p10–p90 | pages/s from CPU time: median | p10–p90 | CPU / wall: median | p10–p90 |
                |---|---|---|---|---|---|---|
                """);
        for (Tool tool : tools) {
            text.append(ToolSpeed.of(tool.name(), times.get(tool), pages).row());
        }
        text.append(String.format(Locale.ROOT, """

                | per round: %s pages/s ÷ pages/s of … (above 1: %1$s faster) | from wall time: median | p10–p90 | from CPU time: median | p10–p90 |
                |---|---|---|---|---|
                """, reference.name()));
        for (Tool other : tools.subList(1, tools.size())) {
            text.append(Ratio.of(other.name(), times.get(reference), times.get(other)).row());
        }
        return text.toString();
    }
}
