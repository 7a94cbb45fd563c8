package io.ledgerlint.deploy.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerlint.contracts.events.DocumentStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** report-service's documents API, as the benchmark needs it: which documents are done, and when they were. */
public final class ReportService {

    /** The API's largest page: one request covers a round while the benchmark waits. */
    private static final int PAGE_SIZE = 200;
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ReportService(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Waits until every one of {@code ids} is in a terminal status, or the deadline passes; polls the list rather than
     * each document so that waiting adds one request a second, not one per document, to the load being measured.
     *
     * @return the ids still not done at the deadline (empty when all are)
     */
    public Set<String> awaitTerminal(Set<String> ids, Instant deadline) throws IOException, InterruptedException {
        Set<String> pending = new HashSet<>(ids);
        while (true) {
            pending.removeAll(terminalIds());
            if (pending.isEmpty() || Instant.now().isAfter(deadline)) {
                return pending;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** {@code GET /api/documents/{id}}. */
    public ReportedDocument document(String id) throws IOException, InterruptedException {
        JsonNode document = get("/api/documents/" + id);
        return new ReportedDocument(DocumentStatus.valueOf(document.path("status").asText()),
                Json.instant(document, "updatedAt"));
    }

    /** {@code GET /api/documents/{id}/findings}: the stored findings. */
    public JsonNode findings(String id) throws IOException, InterruptedException {
        return get("/api/documents/" + id + "/findings").path("findings");
    }

    private Set<String> terminalIds() throws IOException, InterruptedException {
        Set<String> terminal = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode answer = get("/api/documents?page=" + page + "&size=" + PAGE_SIZE);
            for (JsonNode item : answer.path("items")) {
                if (DocumentStatus.valueOf(item.path("status").asText()).isTerminal()) {
                    terminal.add(item.path("documentId").asText());
                }
            }
            if ((long) (page + 1) * PAGE_SIZE >= answer.path("total").asLong()) {
                return terminal;
            }
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return Json.tree(response.body());
    }
}
