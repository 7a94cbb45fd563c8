package io.ledgerlint.evaluation.floors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerlint.evaluation.report.ClassSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The least each variation class must score, from {@value #RESOURCE}: {@code {"<class>": {"cells": 0.987, "recall":
 * 0.5, "precision": 0.75}}}, shares rounded down to 3 decimals. Set at what the product measures, and raised as it
 * improves; a class without an entry fails, so that a new class of variants gets floors on purpose.
 */
public final class Floors {

    public static final String RESOURCE = "floors.json";

    /** The shares a class must reach. */
    record Floor(double cells, double recall, double precision) {
    }

    private final Map<String, Floor> byClass;

    private Floors(Map<String, Floor> byClass) {
        this.byClass = byClass;
    }

    public static Floors load() {
        try (InputStream in = Floors.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Floors read(InputStream in) throws IOException {
        ObjectMapper json = new ObjectMapper();
        return new Floors(json.readValue(in, json.getTypeFactory().constructMapType(Map.class, String.class,
                Floor.class)));
    }

    /** Every class below one of its floors, and every class without floors, each as a sentence saying what to do. */
    public List<String> violations(List<ClassSummary> classes) {
        List<String> violations = new ArrayList<>();
        for (ClassSummary c : classes) {
            Floor floor = byClass.get(c.variationClass());
            if (floor == null) {
                violations.add(String.format(Locale.ROOT, "class %s has no floors: add \"%s\": {\"cells\": %.3f, "
                                + "\"recall\": %.3f, \"precision\": %.3f} (today's figures) to %s", c.variationClass(),
                        c.variationClass(), roundDown(c.cellShare()), roundDown(c.recall()), roundDown(c.precision()),
                        RESOURCE));
                continue;
            }
            below(violations, c, "cells", c.cellShare(), floor.cells());
            below(violations, c, "recall", c.recall(), floor.recall());
            below(violations, c, "precision", c.precision(), floor.precision());
        }
        return violations;
    }

    /** A share as floors hold it: rounded down to 3 decimals, so that today's figure is never below its floor. */
    public static double roundDown(double share) {
        return Math.floor(share * 1000 + 1e-9) / 1000;
    }

    private static void below(List<String> violations, ClassSummary c, String figure, double measured, double floor) {
        if (measured < floor) {
            violations.add(String.format(Locale.ROOT, "class %s: %s %.4f is below its floor %.3f", c.variationClass(),
                    figure, measured, floor));
        }
    }
}
