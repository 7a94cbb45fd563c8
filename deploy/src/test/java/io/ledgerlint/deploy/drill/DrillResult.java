package io.ledgerlint.deploy.drill;

import io.ledgerlint.contracts.events.DocumentStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a fault drill found.
 *
 * @param documents           how many documents were dropped
 * @param statuses            how many ended in each terminal status, as report-service shows them
 * @param notTerminal         documents that did not reach a terminal status within the drill's timeout: lost
 * @param twoTerminalStates   documents that got both a findings event and a failure event
 * @param storedTwice         validated documents whose stored findings are not exactly those of their findings event
 *                            (a finding stored twice, or one missing)
 * @param deliveredAgain      documents whose terminal event was published more than once: at-least-once delivery
 *                            after a crash, which the consumers must absorb (not a failure)
 * @param kills               the kills, in order
 * @param batchTook           from the first drop until the last document was done
 */
public record DrillResult(int documents, Map<DocumentStatus, Integer> statuses, List<String> notTerminal,
        List<String> twoTerminalStates, List<String> storedTwice, int deliveredAgain, List<Kill> kills,
        Duration batchTook) {

    /** Nothing lost, nothing doubled, every kill recovered from. */
    public boolean passed() {
        return notTerminal.isEmpty() && twoTerminalStates.isEmpty() && storedTwice.isEmpty()
                && kills.stream().allMatch(kill -> kill.recoveredAfter().isPresent());
    }
}
