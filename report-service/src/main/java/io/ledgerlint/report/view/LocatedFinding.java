package io.ledgerlint.report.view;

import io.ledgerlint.contracts.events.FindingsProduced.Location;

/** One location of a finding, with the finding it belongs to. */
public record LocatedFinding(FindingRef ref, Location location) {
}
