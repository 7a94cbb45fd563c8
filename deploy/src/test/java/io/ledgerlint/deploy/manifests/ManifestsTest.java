package io.ledgerlint.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.ledgerlint.contracts.Topics;
import io.ledgerlint.deploy.Service;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads every deployment manifest (deploy/kubernetes, deploy/compose, deploy/grafana) into its typed model and checks
 * what must hold for the stack to run: the images, probes and resources of the four services, a KafkaTopic for every
 * topic of the contract, KEDA scaling on the right consumer groups within the partitions, Compose's KRaft broker and
 * scrape targets, and a dashboard that queries only metrics the stack exposes. The expected values come from the code
 * where the code has them: {@link Service}, {@link Topics}, the services' application.properties, the parent pom.
 */
class ManifestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Metaspace, code cache, thread stacks and buffers beside the heap: measured RSS minus -Xmx (benchmarks.md). */
    private static final long NON_HEAP_HEADROOM_MIB = 192;
    private static final Pattern MAX_HEAP = Pattern.compile("-Xmx(\\d+)m");
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}");

    private static Path repository;
    private static Path deploy;
    private static KubernetesManifests kubernetes;
    private static JsonNode compose;

    @BeforeAll
    static void readManifests() {
        repository = Path.of(System.getProperty("ledgerlint.repository", "..")).toAbsolutePath().normalize();
        deploy = repository.resolve("deploy");
        kubernetes = KubernetesManifests.load(deploy.resolve("kubernetes"));
        compose = KubernetesManifests.readTree(deploy.resolve("compose/docker-compose.yml"));
    }

    // --- Kubernetes ---------------------------------------------------------------------------------------------

    @Test
    void kustomizationListsEveryManifestAndEachHasOnlyFieldsItsModelKnows() throws IOException {
        Set<String> listed = new TreeSet<>();
        kubernetes.kustomization().path("resources").forEach(file -> listed.add(file.asText()));
        try (Stream<Path> files = Files.list(kubernetes.directory())) {
            Set<String> present = new TreeSet<>(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml")).toList());
            assertThat(listed).as("kustomization.yaml resources").isEqualTo(present);
        }
        for (Object resource : kubernetes.resources()) {
            assertThat(UnknownFields.in(resource)).as("fields unknown to %s", describe(resource)).isEmpty();
        }
    }

    @Test
    void everyServiceRunsItsImageWithProbesOnItsPortAndResourcesAboveItsHeap() {
        Map<String, String> imageTags = new HashMap<>();
        kubernetes.kustomization().path("images")
                .forEach(image -> imageTags.put(image.path("name").asText(), image.path("newTag").asText()));
        for (Service service : Service.values()) {
            String name = service.moduleName();
            Deployment deployment = kubernetes.named(Deployment.class, name);
            Container container = onlyContainer(deployment);
            String repositoryName = "ledgerlint/" + name;
            assertThat(container.getImage()).as("%s image", name).startsWith(repositoryName + ":");
            assertThat(imageTags).as("kustomization images").containsKey(repositoryName);

            int port = service.port().defaultPort();
            assertThat(container.getPorts()).as("%s ports", name)
                    .anySatisfy(p -> {
                        assertThat(p.getName()).isEqualTo("http");
                        assertThat(p.getContainerPort()).isEqualTo(port);
                    });
            assertThat(environment(deployment).get("QUARKUS_HTTP_PORT")).as("%s QUARKUS_HTTP_PORT", name)
                    .isEqualTo(String.valueOf(port));
            assertHttpProbe(container.getReadinessProbe(), "/q/health/ready", name + " readiness");
            assertHttpProbe(container.getLivenessProbe(), "/q/health/live", name + " liveness");

            io.fabric8.kubernetes.api.model.Service kubernetesService =
                    kubernetes.named(io.fabric8.kubernetes.api.model.Service.class, name);
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                    .as("%s pod labels", name).containsAllEntriesOf(kubernetesService.getSpec().getSelector());
            assertThat(deployment.getSpec().getSelector().getMatchLabels())
                    .isEqualTo(kubernetesService.getSpec().getSelector());
            assertThat(kubernetesService.getSpec().getPorts()).as("%s Service ports", name).singleElement()
                    .satisfies(p -> {
                        assertThat(p.getPort()).isEqualTo(port);
                        assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
                    });
            assertThat(deployment.getSpec().getTemplate().getMetadata().getAnnotations()).as("%s scrape", name)
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/q/metrics")
                    .containsEntry("prometheus.io/port", String.valueOf(port));

            assertHeapAndResources(service, deployment, container);
        }
    }

    @Test
    void everyConfigMapAndSecretTheServicesReadIsThereWithItsKeys() {
        List<Container> containers = new ArrayList<>();
        kubernetes.all(Deployment.class).forEach(d -> containers.addAll(d.getSpec().getTemplate().getSpec()
                .getContainers()));
        kubernetes.all(StatefulSet.class).forEach(s -> containers.addAll(s.getSpec().getTemplate().getSpec()
                .getContainers()));
        for (Container container : containers) {
            for (EnvFromSource source : container.getEnvFrom()) {
                if (source.getConfigMapRef() != null) {
                    kubernetes.named(ConfigMap.class, source.getConfigMapRef().getName());
                } else {
                    kubernetes.named(Secret.class, source.getSecretRef().getName());
                }
            }
            for (EnvVar variable : container.getEnv()) {
                if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                    var reference = variable.getValueFrom().getSecretKeyRef();
                    assertThat(kubernetes.named(Secret.class, reference.getName()).getStringData())
                            .as("%s of %s", reference.getKey(), reference.getName())
                            .containsKey(reference.getKey());
                }
            }
        }
        for (Service service : Service.values()) {
            Map<String, String> environment = environment(kubernetes.named(Deployment.class, service.moduleName()));
            assertThat(environment).as("%s authentication", service.moduleName())
                    .containsEntry("LEDGERLINT_AUTH_ENABLED", "true")
                    // the services bind to loopback by default: in a pod nothing else could reach them
                    .containsEntry("QUARKUS_HTTP_HOST", "0.0.0.0")
                    .containsKey("LEDGERLINT_AUTH_API_KEYS_PROMETHEUS_KEY")
                    .containsEntry("LEDGERLINT_AUTH_API_KEYS_PROMETHEUS_ROLES", "operator");
        }
    }

    @Test
    void servicesReachTheKafkaClusterAndReportServiceItsDatabase() {
        Kafka kafka = onlyOne(kubernetes.all(Kafka.class));
        GenericKafkaListener plain = kafka.getSpec().getKafka().getListeners().stream()
                .filter(listener -> !listener.isTls()).findFirst().orElseThrow();
        String bootstrap = kafka.getMetadata().getName() + "-kafka-bootstrap:" + plain.getPort();
        for (Service service : Service.values()) {
            assertThat(environment(kubernetes.named(Deployment.class, service.moduleName())))
                    .as("%s KAFKA_BOOTSTRAP_SERVERS", service.moduleName())
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        }

        StatefulSet postgres = kubernetes.named(StatefulSet.class, "postgres");
        io.fabric8.kubernetes.api.model.Service postgresService =
                kubernetes.named(io.fabric8.kubernetes.api.model.Service.class, postgres.getSpec().getServiceName());
        String database = onlyContainer(postgres).getEnv().stream()
                .filter(variable -> variable.getName().equals("POSTGRES_DB")).findFirst().orElseThrow().getValue();
        URI jdbc = URI.create(environment(kubernetes.named(Deployment.class, Service.REPORT.moduleName()))
                .get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
        assertThat(jdbc.getHost()).isEqualTo(postgresService.getMetadata().getName());
        assertThat(jdbc.getPort()).isEqualTo(postgresService.getSpec().getPorts().get(0).getPort());
        assertThat(jdbc.getPath()).isEqualTo("/" + database);
        assertThat(postgres.getSpec().getVolumeClaimTemplates()).as("PostgreSQL's volume").isNotEmpty();
    }

    @Test
    void kafkaRunsOnKraftNodePoolsWithTheTopicOperatorAndTheExporter() {
        Kafka kafka = onlyOne(kubernetes.all(Kafka.class));
        String cluster = kafka.getMetadata().getName();
        assertThat(kafka.getMetadata().getAnnotations())
                .containsEntry("strimzi.io/node-pools", "enabled")
                .containsEntry("strimzi.io/kraft", "enabled");
        assertThat(kafka.getSpec().getZookeeper()).isNull();
        List<KafkaNodePool> pools = kubernetes.all(KafkaNodePool.class);
        assertThat(pools).allSatisfy(pool -> assertThat(pool.getMetadata().getLabels())
                .containsEntry("strimzi.io/cluster", cluster));
        assertThat(pools.stream().flatMap(pool -> pool.getSpec().getRoles().stream()))
                .contains(ProcessRoles.CONTROLLER, ProcessRoles.BROKER);
        assertThat(kafka.getSpec().getEntityOperator().getTopicOperator()).as("topic operator").isNotNull();
        assertThat(number(kafka.getSpec().getKafka().getConfig().get("message.max.bytes")))
                .as("broker message.max.bytes").isGreaterThanOrEqualTo(largestProducerRequest());

        var exporter = kafka.getSpec().getKafkaExporter();
        assertThat(exporter).as("kafkaExporter (the dashboard's lag and DLQ panels)").isNotNull();
        for (String group : consumerGroups()) {
            assertThat(group).matches(exporter.getGroupRegex());
        }
        for (String topic : allTopics()) {
            assertThat(topic).matches(exporter.getTopicRegex());
        }
    }

    @Test
    void everyTopicAndDeadLetterTopicIsAKafkaTopicWithPartitionsForEveryScaledReplica() {
        Kafka kafka = onlyOne(kubernetes.all(Kafka.class));
        int brokers = kubernetes.all(KafkaNodePool.class).stream()
                .filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
        int mostReplicas = kubernetes.all(ScaledObject.class).stream()
                .mapToInt(scaled -> scaled.spec().maxReplicaCount()).max().orElseThrow();
        Map<String, KafkaTopic> byTopicName = new HashMap<>();
        kubernetes.all(KafkaTopic.class).forEach(topic -> byTopicName.put(topicName(topic), topic));
        assertThat(byTopicName.keySet()).as("KafkaTopics").containsExactlyInAnyOrderElementsOf(allTopics());
        for (KafkaTopic topic : byTopicName.values()) {
            String name = topicName(topic);
            assertThat(topic.getMetadata().getLabels()).as("%s cluster", name)
                    .containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            assertThat(topic.getSpec().getPartitions()).as("%s partitions", name)
                    .isGreaterThanOrEqualTo(mostReplicas);
            assertThat(topic.getSpec().getReplicas()).as("%s replicas", name).isBetween(1, brokers);
            Map<String, Object> config = topic.getSpec().getConfig();
            assertThat(number(config.get("retention.ms"))).as("%s retention.ms", name).isPositive();
            assertThat(number(config.get("max.message.bytes"))).as("%s max.message.bytes", name)
                    .isGreaterThanOrEqualTo(largestProducerRequest());
            assertThat(number(config.get("min.insync.replicas"))).as("%s min.insync.replicas", name)
                    .isLessThan(topic.getSpec().getReplicas());
            assertThat(config.get("cleanup.policy")).as("%s cleanup.policy", name)
                    .isEqualTo(name.equals(attemptsTopic()) ? "compact" : null);
        }
    }

    @Test
    void kedaScalesParseAndValidateOnTheLagOfTheirOwnConsumerGroup() {
        assertScaledOnLag(Service.PARSE, "documents-received");
        assertScaledOnLag(Service.VALIDATE, "tables-extracted");
    }

    private void assertScaledOnLag(Service service, String channel) {
        String name = service.moduleName();
        ServiceConfiguration configuration = ServiceConfiguration.of(repository, service);
        String topic = configuration.incomingTopic(channel);
        ScaledObject scaled = kubernetes.scaledObject(name);
        assertThat(scaled.spec().scaleTargetRef().name()).isEqualTo(name);
        assertThat(scaled.spec().scaleTargetRef().kind()).isIn(null, "Deployment");
        Deployment target = kubernetes.named(Deployment.class, name);
        assertThat(target.getSpec().getReplicas()).as("%s replicas: KEDA's to set, not the manifest's", name)
                .isNull();

        int partitions = kubernetes.all(KafkaTopic.class).stream().filter(t -> topicName(t).equals(topic))
                .findFirst().orElseThrow().getSpec().getPartitions();
        assertThat(scaled.spec().minReplicaCount()).as("%s minReplicaCount", name).isPositive();
        assertThat(scaled.spec().maxReplicaCount()).as("%s maxReplicaCount", name)
                .isBetween(scaled.spec().minReplicaCount(), partitions);

        ScaledObject.Trigger trigger = onlyOne(scaled.spec().triggers());
        assertThat(trigger.type()).isEqualTo("kafka");
        Map<String, String> metadata = trigger.metadata();
        assertThat(metadata.get("consumerGroup")).as("%s consumerGroup", name)
                .isEqualTo(configuration.consumerGroup(channel));
        assertThat(metadata.get("topic")).as("%s topic", name).isEqualTo(topic);
        assertThat(metadata.get("bootstrapServers")).as("%s bootstrapServers", name)
                .isEqualTo(environment(target).get("KAFKA_BOOTSTRAP_SERVERS"));
        assertThat(Integer.parseInt(metadata.get("lagThreshold"))).as("%s lagThreshold", name).isPositive();
        assertThat(metadata.get("offsetResetPolicy")).as("%s offsetResetPolicy", name)
                .isEqualTo(configuration.autoOffsetReset(channel));
    }

    // --- Docker Compose -----------------------------------------------------------------------------------------

    /**
     * The file as {@code docker compose} accepts it: compose-spec.json is schema/compose-spec.json of the Compose
     * Specification (github.com/compose-spec/compose-spec, commit 170098b of 2026-06-23, Apache License 2.0).
     */
    @Test
    void composeFileFollowsTheComposeSpecification() {
        // loaded by its location, against which the schema's relative $id resolves
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of("classpath:compose-spec.json"));
        Set<ValidationMessage> errors = schema.validate(compose);
        assertThat(errors).as("docker-compose.yml against the Compose Specification").isEmpty();
    }

    @Test
    void composeRunsEveryServiceImageOnItsPortWithItsHeap() {
        JsonNode services = compose.path("services");
        for (Service service : Service.values()) {
            String name = service.moduleName();
            JsonNode definition = services.path(name);
            assertThat(definition.path("image").asText()).as("%s image", name)
                    .startsWith("ledgerlint/" + name + ":${LEDGERLINT_VERSION");
            JsonNode environment = definition.path("environment");
            assertThat(environment.path("QUARKUS_HTTP_PORT").asInt()).as("%s port", name)
                    .isEqualTo(service.port().defaultPort());
            assertThat(environment.path("KAFKA_BOOTSTRAP_SERVERS").asText()).as("%s Kafka", name)
                    .isEqualTo(composeKafkaAddress());
            assertThat(environment.path("JAVA_OPTS").asText() + " " + environment.path("GC_CONTAINER_OPTIONS")
                    .asText()).as("%s JVM options", name).contains(service.jvmOptions());
            assertThat(environment.path("LEDGERLINT_AUTH_ENABLED").asText()).isEqualTo("true");
            assertThat(environment.path("QUARKUS_HTTP_HOST").asText()).as("%s listens beyond its container", name)
                    .isEqualTo("0.0.0.0");
            assertThat(definition.path("depends_on").path("kafka-init").path("condition").asText())
                    .as("%s waits for the topics", name).isEqualTo("service_completed_successfully");
        }
        JsonNode report = services.path(Service.REPORT.moduleName());
        assertThat(report.path("depends_on").path("postgres").path("condition").asText()).isEqualTo("service_healthy");
        URI jdbc = URI.create(report.path("environment").path("QUARKUS_DATASOURCE_JDBC_URL").asText().substring(5));
        assertThat(jdbc.getHost()).isEqualTo("postgres");
        assertThat(jdbc.getPath()).isEqualTo("/" + services.path("postgres").path("environment")
                .path("POSTGRES_DB").asText());
    }

    @Test
    void composeKafkaIsAKraftBrokerOfTheProjectsKafkaVersionWithEveryTopicCreated() throws IOException {
        JsonNode kafka = compose.path("services").path("kafka");
        String pom = Files.readString(repository.resolve("pom.xml"));
        Matcher version = Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(pom);
        assertThat(version.find()).isTrue();
        assertThat(kafka.path("image").asText()).isEqualTo("apache/kafka:" + version.group(1));
        JsonNode environment = kafka.path("environment");
        assertThat(environment.path("KAFKA_PROCESS_ROLES").asText().split(","))
                .containsExactlyInAnyOrder("broker", "controller");
        assertThat(environment.path("KAFKA_CONTROLLER_QUORUM_VOTERS").asText()).isNotBlank();
        assertThat(environment.path("KAFKA_CONTROLLER_LISTENER_NAMES").asText()).isNotBlank();
        assertThat(environment.has("KAFKA_ZOOKEEPER_CONNECT")).isFalse();
        assertThat(environment.path("KAFKA_MESSAGE_MAX_BYTES").asLong()).as("broker message.max.bytes")
                .isGreaterThanOrEqualTo(largestProducerRequest());

        JsonNode topicInit = compose.path("services").path("kafka-init");
        assertThat(topicInit.path("depends_on").path("kafka").path("condition").asText()).isEqualTo("service_healthy");
        String script = topicInit.path("command").toString();
        for (String topic : eventTopics()) {
            assertThat(script).as("kafka-init creates %s", topic).contains(topic);
        }
        assertThat(script).as("kafka-init creates the dead-letter topics")
                .contains("\\\"$$topic" + Topics.DEAD_LETTER_SUFFIX + "\\\"");
        assertThat(script).as("kafka-init creates %s compacted", attemptsTopic())
                .contains("--topic " + attemptsTopic()).contains("cleanup.policy=compact");
    }

    @Test
    void composeCreatesTheBucketOfTheBlobRootAndDefinesEveryVariableItUses() throws IOException {
        String blobRoot = compose.path("services").path(Service.PARSE.moduleName()).path("environment")
                .path("LEDGERLINT_BLOB_ROOT").asText();
        URI root = URI.create(blobRoot);
        assertThat(root.getScheme()).isEqualTo("s3");
        for (Service service : List.of(Service.INGEST, Service.PARSE, Service.REPORT)) {
            assertThat(compose.path("services").path(service.moduleName()).path("environment")
                    .path("LEDGERLINT_BLOB_ROOT").asText()).as("%s blob root", service).isEqualTo(blobRoot);
        }
        assertThat(compose.path("services").path("s3-init").path("command").toString())
                .as("s3-init creates the bucket")
                .containsPattern("mc mb (--ignore-existing )?[\\w-]+/" + Pattern.quote(root.getHost()) + "(?![\\w.-])");

        Path composeFile = deploy.resolve("compose/docker-compose.yml");
        Set<String> used = new TreeSet<>();
        Matcher variable = COMPOSE_VARIABLE.matcher(Files.readString(composeFile));
        while (variable.find()) {
            if (variable.group(2) == null || !variable.group(2).startsWith(":-")) {
                used.add(variable.group(1));
            }
        }
        compose.path("secrets").forEach(secret -> {
            if (secret.has("environment")) {
                used.add(secret.path("environment").asText());
            }
        });
        Set<String> defined = new TreeSet<>();
        for (String line : Files.readAllLines(deploy.resolve("compose/.env"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                defined.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(defined).as("variables in .env").containsAll(used);
    }

    @Test
    void prometheusScrapesEveryServicesMetricsWithAnOperatorKeyAndTheKafkaExporter() {
        JsonNode prometheusConfig = KubernetesManifests.readTree(deploy.resolve("compose/prometheus.yml"));
        JsonNode prometheus = compose.path("services").path("prometheus");
        assertThat(volumeSources(prometheus, "/etc/prometheus/prometheus.yml"))
                .containsExactly(deploy.resolve("compose/prometheus.yml"));

        for (Service service : Service.values()) {
            String target = service.moduleName() + ":" + service.port().defaultPort();
            JsonNode job = scrapeJobWithTarget(prometheusConfig, target);
            assertThat(job.path("metrics_path").asText()).as("%s metrics path", target).isEqualTo("/q/metrics");
            assertThat(staticConfigWithTarget(job, target).path("labels").path("application").asText())
                    .as("%s application label", target).isEqualTo(service.moduleName());

            // /q/metrics answers only a key with the operator role: Prometheus must present one the service accepts
            String keyFile = job.path("authorization").path("credentials_file").asText();
            assertThat(keyFile).as("%s scrape key", target).startsWith("/run/secrets/");
            String secret = keyFile.substring("/run/secrets/".length());
            assertThat(prometheus.path("secrets").toString()).contains("\"" + secret + "\"");
            String keyVariable = compose.path("secrets").path(secret).path("environment").asText();
            JsonNode environment = compose.path("services").path(service.moduleName()).path("environment");
            List<String> operatorKeys = new ArrayList<>();
            environment.fields().forEachRemaining(setting -> {
                if (setting.getKey().endsWith("_ROLES") && List.of(setting.getValue().asText().split(","))
                        .contains("operator")) {
                    String keySetting = setting.getKey().replaceFirst("_ROLES$", "_KEY");
                    operatorKeys.add(environment.path(keySetting).asText());
                }
            });
            assertThat(operatorKeys).as("%s operator keys", target)
                    .anySatisfy(key -> assertThat(key).startsWith("${" + keyVariable + ":"));
        }
        String exporter = "kafka-exporter:9308";
        scrapeJobWithTarget(prometheusConfig, exporter);
        assertThat(compose.path("services").path("kafka-exporter").path("command").toString())
                .contains("--kafka.server=" + composeKafkaAddress());
    }

    @Test
    void grafanaIsProvisionedWithThePrometheusDatasourceAndTheDashboard() {
        Path provisioning = deploy.resolve("compose/grafana/provisioning");
        JsonNode grafana = compose.path("services").path("grafana");
        assertThat(volumeSources(grafana, "/etc/grafana/provisioning")).containsExactly(provisioning);

        JsonNode provider = KubernetesManifests.readTree(provisioning.resolve("dashboards/ledgerlint.yml"))
                .path("providers").get(0);
        String dashboardsFolder = provider.path("options").path("path").asText();
        assertThat(volumeSources(grafana, dashboardsFolder + "/ledgerlint-dashboard.json"))
                .containsExactly(deploy.resolve("grafana/ledgerlint-dashboard.json"));

        JsonNode datasource = KubernetesManifests.readTree(provisioning.resolve("datasources/prometheus.yml"))
                .path("datasources").get(0);
        assertThat(datasource.path("type").asText()).isEqualTo("prometheus");
        assertThat(URI.create(datasource.path("url").asText()).getHost()).isEqualTo("prometheus");
        assertThat(compose.path("services").has("prometheus")).isTrue();
        String uid = datasource.path("uid").asText();
        for (JsonNode panel : dashboardPanels()) {
            assertThat(panel.path("datasource").path("uid").asText()).as("panel %s datasource",
                    panel.path("title").asText()).isEqualTo(uid);
            panel.path("targets").forEach(target -> assertThat(target.path("datasource").path("uid").asText())
                    .isEqualTo(uid));
        }
    }

    // --- the dashboard ------------------------------------------------------------------------------------------

    @Test
    void everyDashboardQueryReadsOnlyMetricsTheStackExposes() {
        Set<String> exposed = MetricCatalogue.prometheusNames();
        List<JsonNode> panels = dashboardPanels();
        assertThat(panels).isNotEmpty();
        for (JsonNode panel : panels) {
            String title = panel.path("title").asText();
            assertThat(panel.path("targets")).as("queries of %s", title).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                String expression = target.path("expr").asText();
                Set<String> names = PromQl.metricNames(expression);
                assertThat(names).as("metrics of %s: %s", title, expression).isNotEmpty();
                assertThat(exposed).as("metrics of %s: %s", title, expression).containsAll(names);
            }
        }
    }

    @Test
    void everyLedgerlintMeterOfTheCatalogueIsRegisteredByTheCode() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(repository)) {
            for (Path main : modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(file -> sources.add(read(file)));
                }
            }
        }
        List<String> unregistered = MetricCatalogue.LEDGERLINT_METERS.stream()
                .map(MetricCatalogue.Meter::micrometerName)
                .filter(name -> sources.stream().noneMatch(source -> source.contains("\"" + name + "\"")))
                .toList();
        assertThat(unregistered).as("meters of the catalogue that no main source names").isEmpty();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static void assertHeapAndResources(Service service, Deployment deployment, Container container) {
        String name = service.moduleName();
        Map<String, String> environment = environment(deployment);
        String jvmOptions = environment.get("JAVA_OPTS") + " " + environment.get("GC_CONTAINER_OPTIONS");
        assertThat(jvmOptions).as("%s JVM options (the launcher's)", name).contains(service.jvmOptions());
        Matcher heap = MAX_HEAP.matcher(String.join(" ", service.jvmOptions()));
        assertThat(heap.find()).isTrue();
        long heapMiB = Long.parseLong(heap.group(1));

        Map<String, Quantity> limits = container.getResources().getLimits();
        Map<String, Quantity> requests = container.getResources().getRequests();
        assertThat(limits).as("%s limits", name).containsKeys("cpu", "memory");
        assertThat(requests).as("%s requests", name).containsKeys("cpu", "memory");
        BigDecimal mebibyte = BigDecimal.valueOf(1024L * 1024);
        assertThat(limits.get("memory").getNumericalAmount()).as("%s memory limit", name)
                .isGreaterThanOrEqualTo(BigDecimal.valueOf(heapMiB + NON_HEAP_HEADROOM_MIB).multiply(mebibyte));
        for (String resource : List.of("cpu", "memory")) {
            assertThat(requests.get(resource).getNumericalAmount()).as("%s %s request", name, resource)
                    .isLessThanOrEqualTo(limits.get(resource).getNumericalAmount());
        }
    }

    private static void assertHttpProbe(Probe probe, String path, String what) {
        assertThat(probe).as(what).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get).as(what).isNotNull();
        assertThat(get.getPath()).as(what + " path").isEqualTo(path);
        assertThat(get.getPort().getStrVal()).as(what + " port").isEqualTo("http");
    }

    /** The environment a Deployment's container gets: its ConfigMaps, its Secrets' values and its literal values. */
    private static Map<String, String> environment(Deployment deployment) {
        Container container = onlyContainer(deployment);
        Map<String, String> environment = new HashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                environment.putAll(kubernetes.named(ConfigMap.class, source.getConfigMapRef().getName()).getData());
            } else {
                environment.putAll(kubernetes.named(Secret.class, source.getSecretRef().getName()).getStringData());
            }
        }
        container.getEnv().stream().filter(variable -> variable.getValue() != null)
                .forEach(variable -> environment.put(variable.getName(), variable.getValue()));
        return environment;
    }

    private static Container onlyContainer(Deployment deployment) {
        return onlyOne(deployment.getSpec().getTemplate().getSpec().getContainers());
    }

    private static Container onlyContainer(StatefulSet statefulSet) {
        return onlyOne(statefulSet.getSpec().getTemplate().getSpec().getContainers());
    }

    private static <T> T onlyOne(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static String topicName(KafkaTopic topic) {
        return topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName()
                : topic.getMetadata().getName();
    }

    /** The event topics of the contract: every String constant of {@link Topics} but the dead-letter suffix. */
    private static List<String> eventTopics() {
        return Arrays.stream(Topics.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .filter(field -> !field.getName().equals("DEAD_LETTER_SUFFIX"))
                .map(ManifestsTest::constant).toList();
    }

    /** Every event topic and its dead-letter topic, and parse-service's attempt counts (no event: no dead letters). */
    private List<String> allTopics() {
        List<String> topics = new ArrayList<>(eventTopics());
        eventTopics().forEach(topic -> topics.add(topic + Topics.DEAD_LETTER_SUFFIX));
        topics.add(attemptsTopic());
        return topics;
    }

    private String attemptsTopic() {
        return ServiceConfiguration.of(repository, Service.PARSE).parseAttemptsTopic();
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> consumerGroups() {
        return List.of(ServiceConfiguration.of(repository, Service.PARSE).consumerGroup("documents-received"),
                ServiceConfiguration.of(repository, Service.VALIDATE).consumerGroup("tables-extracted"),
                ServiceConfiguration.of(repository, Service.REPORT).consumerGroup("documents-received"));
    }

    /** What the broker must accept: the largest record any service's producers may send. */
    private static long largestProducerRequest() {
        return Arrays.stream(Service.values()).mapToLong(s -> ServiceConfiguration.of(repository, s)
                .largestRequestBytes()).max().orElseThrow();
    }

    private static long number(Object value) {
        assertThat(value).isNotNull();
        return Long.parseLong(value.toString());
    }

    private static String composeKafkaAddress() {
        String advertised = compose.path("services").path("kafka").path("environment")
                .path("KAFKA_ADVERTISED_LISTENERS").asText();
        return advertised.substring(advertised.indexOf("://") + 3).split(",")[0];
    }

    /** The host paths (resolved from deploy/compose) that a Compose service mounts at {@code containerPath}. */
    private static List<Path> volumeSources(JsonNode service, String containerPath) {
        List<Path> sources = new ArrayList<>();
        for (JsonNode volume : service.path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts.length >= 2 && parts[1].equals(containerPath) && parts[0].startsWith(".")) {
                sources.add(deploy.resolve("compose").resolve(parts[0]).normalize());
            }
        }
        return sources;
    }

    private static JsonNode scrapeJobWithTarget(JsonNode prometheusConfig, String target) {
        for (JsonNode job : prometheusConfig.path("scrape_configs")) {
            if (!staticConfigWithTarget(job, target).isMissingNode()) {
                return job;
            }
        }
        throw new AssertionError("no scrape job has the target " + target);
    }

    private static JsonNode staticConfigWithTarget(JsonNode job, String target) {
        for (JsonNode staticConfig : job.path("static_configs")) {
            for (JsonNode each : staticConfig.path("targets")) {
                if (each.asText().equals(target)) {
                    return staticConfig;
                }
            }
        }
        return MissingNode.getInstance();
    }

    /** The dashboard's panels, those inside rows included, without the rows themselves. */
    private static List<JsonNode> dashboardPanels() {
        JsonNode dashboard;
        try {
            dashboard = JSON.readTree(deploy.resolve("grafana/ledgerlint-dashboard.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                panel.path("panels").forEach(panels::add);
            } else {
                panels.add(panel);
            }
        }
        return panels;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static String describe(Object resource) {
        if (resource instanceof HasMetadata object) {
            return object.getKind() + " " + object.getMetadata().getName();
        }
        return resource.toString();
    }
}
