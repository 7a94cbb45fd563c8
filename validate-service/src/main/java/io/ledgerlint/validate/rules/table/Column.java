package io.ledgerlint.validate.rules.table;

/** A 栏次 entering a row identity, added or subtracted. */
record Column(int lanci, boolean subtracted) {

    static Column plus(int lanci) {
        return new Column(lanci, false);
    }

    static Column minus(int lanci) {
        return new Column(lanci, true);
    }
}
