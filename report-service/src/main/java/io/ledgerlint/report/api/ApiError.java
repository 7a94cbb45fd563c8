package io.ledgerlint.report.api;

/** Body of every HTTP error: {@code {"error": "<code>", "message": "<human text>"}}. */
public record ApiError(String error, String message) {
}
