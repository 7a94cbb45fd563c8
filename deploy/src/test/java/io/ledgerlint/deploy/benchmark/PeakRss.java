package io.ledgerlint.deploy.benchmark;

/**
 * The largest resident set a process (or a group of processes, summed) had during a round.
 *
 * @param process what it is: {@code kafka}, {@code postgres}, a service's module name, {@code launcher}
 * @param kib     VmRSS in KiB; 0 when it could never be read
 */
record PeakRss(String process, long kib) {

    double mib() {
        return kib / 1024.0;
    }
}
