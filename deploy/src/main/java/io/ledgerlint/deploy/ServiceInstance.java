package io.ledgerlint.deploy;

/**
 * One running copy of a service. The first listens on the service's port and is named after its module; more copies
 * ({@code --scale}) listen on free ports and are numbered: {@code parse-service-2}. Copies of a service share its
 * consumer group, so Kafka splits the topic's partitions between them.
 */
record ServiceInstance(Service service, int number) {

    ServiceInstance {
        if (number < 1) {
            throw new IllegalArgumentException("instances are numbered from 1: " + number);
        }
    }

    String name() {
        return number == 1 ? service.moduleName() : service.moduleName() + "-" + number;
    }
}
