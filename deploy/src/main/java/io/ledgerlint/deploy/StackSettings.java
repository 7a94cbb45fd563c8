package io.ledgerlint.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the project's packaged apps are, where the run keeps its data, and the ports it wishes for.
 *
 * @param projectHome the checkout, holding {@code <service>/target/quarkus-app} and {@code deploy/target}
 * @param dataDirectory everything the run keeps: {@code postgres}, {@code kafka}, {@code blobs}, {@code logs}, ...
 * @param inbox the folder ingest-service watches
 * @param ports wished ports ({@link PortSetting#ANY_FREE} for any); a taken one is replaced by the next free one
 * @param readyTimeout how long the whole stack may take to become ready
 */
public record StackSettings(Path projectHome, Path dataDirectory, Path inbox, Map<PortSetting, Integer> ports,
        Duration readyTimeout) {

    static final Duration DEFAULT_READY_TIMEOUT = Duration.ofMinutes(3);

    public StackSettings {
        ports = Map.copyOf(ports);
    }

    /** The command line's settings: the current directory's {@code data/}, ports from flags, else the environment. */
    static StackSettings fromCommandLine(Path projectHome, Path workingDirectory, Map<String, String> environment,
            List<String> arguments) {
        Path dataDirectory = workingDirectory.resolve("data");
        Path inbox = environment.containsKey("LEDGERLINT_INBOX")
                ? workingDirectory.resolve(environment.get("LEDGERLINT_INBOX"))
                : dataDirectory.resolve("inbox");
        Map<PortSetting, Integer> ports = new EnumMap<>(PortSetting.class);
        for (PortSetting setting : PortSetting.values()) {
            String fromEnvironment = environment.get(setting.environmentVariable());
            ports.put(setting, fromEnvironment == null ? setting.defaultPort() : parsePort(setting, fromEnvironment));
        }
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            PortSetting setting = settingForFlag(name);
            if (setting == null) {
                unknown.add(argument);
            } else if (argument.contains("=")) {
                ports.put(setting, parsePort(setting, argument.substring(argument.indexOf('=') + 1)));
            } else if (i + 1 < arguments.size()) {
                ports.put(setting, parsePort(setting, arguments.get(++i)));
            } else {
                throw new IllegalArgumentException(name + " needs a port number");
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): " + String.join(" ", unknown));
        }
        return new StackSettings(projectHome, dataDirectory, inbox.toAbsolutePath().normalize(), ports,
                DEFAULT_READY_TIMEOUT);
    }

    private static PortSetting settingForFlag(String flag) {
        for (PortSetting setting : PortSetting.values()) {
            if (setting.flag().equals(flag)) {
                return setting;
            }
        }
        return null;
    }

    private static int parsePort(PortSetting setting, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting.flag() + " / " + setting.environmentVariable()
                    + ": not a port number: " + value);
        }
    }
}
