package io.ledgerlint.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/** Picks the ports of one run: the wished one when it is free, else the next free one; never the same port twice. */
final class PortAllocator {

    private static final int SEARCH_RANGE = 100;

    private final Set<Integer> allocated = new HashSet<>();

    int allocate(int wished) {
        if (wished == PortSetting.ANY_FREE) {
            return allocateEphemeral();
        }
        for (int port = wished; port < wished + SEARCH_RANGE && port <= 65535; port++) {
            if (!allocated.contains(port) && isFree(port)) {
                allocated.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no free port in " + wished + ".." + (wished + SEARCH_RANGE - 1));
    }

    private int allocateEphemeral() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (allocated.add(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new IllegalStateException("could not find a free port", e);
            }
        }
    }

    /** Binds the wildcard address, which fails if anything listens on the port on any local address. */
    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
