package io.ledgerlint.deploy.costly;

import java.nio.file.Path;

/**
 * One generated file that costs a reader far more than its size, and what the pipeline must make of it.
 *
 * @param name           the name it is uploaded under
 * @param shape          what it holds, for the report
 * @param file           the generated PDF
 * @param stoppedBy      the parse budget that must end it FAILED {@code resource-limit}, or null when it must be
 *                       VALIDATED within every budget
 */
public record CostlyFile(String name, String shape, Path file, String stoppedBy) {
}
