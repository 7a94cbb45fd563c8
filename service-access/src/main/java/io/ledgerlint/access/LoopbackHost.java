package io.ledgerlint.access;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether an HTTP bind address ({@code quarkus.http.host}) is reachable from this machine only. */
public final class LoopbackHost {

    private LoopbackHost() {
    }

    /**
     * True for {@code localhost}, {@code 127.0.0.0/8}, {@code ::1} and names that resolve to loopback addresses only;
     * false for {@code 0.0.0.0}, {@code ::}, any other address and names that do not resolve.
     */
    public static boolean is(String host) {
        String literal = host.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.isEmpty()) {
            return false;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(literal)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException unresolvable) {
            return false;
        }
    }
}
