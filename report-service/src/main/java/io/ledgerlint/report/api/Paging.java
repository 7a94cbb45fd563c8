package io.ledgerlint.report.api;

import jakarta.ws.rs.BadRequestException;

/**
 * The {@code ?page=&size=} of a listing: page is 0-based (default 0), size 1…{@value #MAX_SIZE} (default
 * {@value #DEFAULT_SIZE}). Parsed from the raw strings so that bad values answer 400 rather than the 404 JAX-RS
 * gives for unconvertible query parameters.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static Paging parse(String page, String size) {
        int pageNumber = number("page", page, 0);
        int pageSize = number("size", size, DEFAULT_SIZE);
        if (pageNumber < 0) {
            throw new BadRequestException("page must be 0 or more, was " + pageNumber);
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new BadRequestException("size must be between 1 and " + MAX_SIZE + ", was " + pageSize);
        }
        return new Paging(pageNumber, pageSize);
    }

    private static int number(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, was '" + value + "'");
        }
    }
}
