package io.ledgerlint.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the project's packaged apps are, where the run keeps its data, and the ports it wishes for.
 *
 * @param projectHome the checkout, holding {@code <service>/target/quarkus-app} and {@code deploy/target}
 * @param dataDirectory everything the run keeps: {@code postgres}, {@code kafka}, {@code blobs}, {@code logs}, ...
 * @param inbox the folder ingest-service watches
 * @param ports wished ports ({@link PortSetting#ANY_FREE} for any); a taken one is replaced by the next free one
 * @param instances how many copies of each service run (1 unless scaled out)
 * @param bucket whether a local S3-compatible server runs, holding the ingest bucket and the blobs
 * @param readyTimeout how long the whole stack may take to become ready
 */
public record StackSettings(Path projectHome, Path dataDirectory, Path inbox, Map<PortSetting, Integer> ports,
        Map<Service, Integer> instances, boolean bucket, Duration readyTimeout) {

    static final Duration DEFAULT_READY_TIMEOUT = Duration.ofMinutes(3);
    static final String SCALE_FLAG = "--scale";
    static final String SCALE_VARIABLE = "LEDGERLINT_SCALE";
    static final String BUCKET_FLAG = "--bucket";
    static final String BUCKET_VARIABLE = "LEDGERLINT_BUCKET";
    /** Kafka splits a topic's partitions among a group's consumers: more copies than partitions would idle. */
    static final int MOST_INSTANCES = LocalKafka.PARTITIONS;

    public StackSettings {
        ports = Map.copyOf(ports);
        instances = Map.copyOf(instances);
    }

    /** Every service instance to run, services in their start order, each service's copies by number. */
    List<ServiceInstance> serviceInstances() {
        List<ServiceInstance> all = new ArrayList<>();
        for (Service service : Service.values()) {
            for (int number = 1; number <= instances.getOrDefault(service, 1); number++) {
                all.add(new ServiceInstance(service, number));
            }
        }
        return all;
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
        Map<Service, Integer> instances = parseScale(environment.getOrDefault(SCALE_VARIABLE, ""));
        boolean bucket = Set.of("1", "true", "yes").contains(environment.getOrDefault(BUCKET_VARIABLE, "").strip());
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            PortSetting setting = settingForFlag(name);
            if (argument.equals(BUCKET_FLAG)) {
                bucket = true;
            } else if (name.equals(SCALE_FLAG)) {
                if (argument.contains("=")) {
                    instances = parseScale(argument.substring(argument.indexOf('=') + 1));
                } else if (i + 1 < arguments.size()) {
                    instances = parseScale(arguments.get(++i));
                } else {
                    throw new IllegalArgumentException(SCALE_FLAG + " needs <service>=<copies>[,...]");
                }
            } else if (setting == null) {
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
        return new StackSettings(projectHome, dataDirectory, inbox.toAbsolutePath().normalize(), ports, instances,
                bucket, DEFAULT_READY_TIMEOUT);
    }

    /**
     * {@code parse-service=2,validate-service=2}: the services that only consume (parse and validate) can run as several
     * copies; ingest watches one folder and report-service serves one port.
     */
    static Map<Service, Integer> parseScale(String value) {
        Map<Service, Integer> instances = new EnumMap<>(Service.class);
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] nameAndCount = part.split("=", 2);
            Service service = Service.ofModuleOrNull(nameAndCount[0].trim());
            if (service != Service.PARSE && service != Service.VALIDATE) {
                throw new IllegalArgumentException(SCALE_FLAG + ": only parse-service and validate-service run as"
                        + " several copies locally, not " + nameAndCount[0].trim());
            }
            int count;
            try {
                count = nameAndCount.length == 2 ? Integer.parseInt(nameAndCount[1].trim()) : -1;
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > MOST_INSTANCES) {
                throw new IllegalArgumentException(SCALE_FLAG + ": " + part.trim() + ": copies from 1 to "
                        + MOST_INSTANCES + " (the topics' partitions)");
            }
            instances.put(service, count);
        }
        return instances;
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
