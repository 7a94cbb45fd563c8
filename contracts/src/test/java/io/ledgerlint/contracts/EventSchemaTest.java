package io.ledgerlint.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.ledgerlint.contracts.events.DocumentFailed;
import io.ledgerlint.contracts.events.DocumentReceived;
import io.ledgerlint.contracts.events.DocumentStatus;
import io.ledgerlint.contracts.events.ErrorCode;
import io.ledgerlint.contracts.events.EventTypes;
import io.ledgerlint.contracts.events.FindingsProduced;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.Cell;
import io.ledgerlint.contracts.events.TablesExtracted.Column;
import io.ledgerlint.contracts.events.TablesExtracted.ColumnRole;
import io.ledgerlint.contracts.events.TablesExtracted.Table;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each event record, serialised the way the services serialise it, conforms to its published JSON Schema. */
class EventSchemaTest {

    private static final String SHA = "a".repeat(64);
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final List<Column> COLUMNS = List.of(
            new Column(0, ColumnRole.LABEL, null, false, List.of("收入", "项目")),
            new Column(1, ColumnRole.ROW_NUMBER, null, false, List.of("收入", "行次")),
            new Column(2, ColumnRole.AMOUNT, 1, true, List.of("收入", "决算数")));

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void documentReceivedConforms() {
        var event = new DocumentReceived(1, "doc1", SHA, "a.pdf", 10, "application/pdf",
                "file:///data/blobs/aa/" + SHA + ".pdf", "inbox", NOW);
        assertThat(validate(EventTypes.DOCUMENT_RECEIVED, mapper.valueToTree(event))).isEmpty();
    }

    @Test
    void documentFailedConforms() {
        var event = new DocumentFailed(1, "doc1", SHA, "a.pdf", "ingest", DocumentStatus.REJECTED,
                ErrorCode.EMPTY_FILE.code(), "the file is empty", NOW);
        assertThat(validate(EventTypes.DOCUMENT_FAILED, mapper.valueToTree(event))).isEmpty();
    }

    @Test
    void tablesExtractedConforms() {
        assertThat(validate(EventTypes.TABLES_EXTRACTED, mapper.valueToTree(tablesExtracted(COLUMNS)))).isEmpty();
        assertThat(validate(EventTypes.TABLES_EXTRACTED, mapper.valueToTree(tablesExtracted(null)))).isEmpty();
    }

    @Test
    void tableColumnsRoundTripAndOlderEventsWithoutThemStillRead() throws Exception {
        TablesExtracted event = tablesExtracted(COLUMNS);
        String json = mapper.writeValueAsString(event);
        assertThat(mapper.readValue(json, TablesExtracted.class).tables().get(0).columns()).isEqualTo(COLUMNS);

        ObjectNode older = mapper.valueToTree(event);
        ((ObjectNode) older.get("tables").get(0)).remove("columns");
        Table read = mapper.treeToValue(older, TablesExtracted.class).tables().get(0);
        assertThat(read.columns()).isNull();
        assertThat(read.rows().get(0).get(2).value()).isEqualTo("387.79");
    }

    @Test
    void schemaRejectsAColumnWithAnUnknownRole() {
        ObjectNode json = mapper.valueToTree(tablesExtracted(COLUMNS));
        ((ObjectNode) json.get("tables").get(0).get("columns").get(2)).put("role", "MONEY");
        assertThat(validate(EventTypes.TABLES_EXTRACTED, json)).isNotEmpty();
    }

    private static TablesExtracted tablesExtracted(List<Column> columns) {
        var cell = new Cell("387.79", "387.79", 7, new double[] {10, 20, 30, 40});
        var table = new Table("01", "收入支出决算总表", "公开01表", "某局", "万元", 7, 7,
                List.of(List.of(Cell.ofText("项目"), Cell.ofText("行次"), Cell.ofText("决算数")),
                        List.of(Cell.ofText("栏次"), Cell.ofText(""), Cell.ofText("1"))),
                List.of(List.of(Cell.ofText("一、一般公共预算财政拨款收入"), Cell.ofText("1"), cell)),
                List.of(new TablesExtracted.Merge(0, 0, 1, 3)), List.of("注：…"),
                new TablesExtracted.Quality(1.0, "lattice", List.of()), columns);
        return new TablesExtracted(1, "doc1", SHA, "a.pdf", 40, "2024年度部门决算", List.of(table),
                List.of(new TablesExtracted.Section("一、收入支出决算总体情况说明", 2, "第三部分", 17, "…")),
                List.of(new TablesExtracted.PageText(1, "封面")), NOW);
    }

    @Test
    void findingsProducedConforms() {
        var finding = new Finding("T06-CLASS-SUM", "error", "high", "公开06表301≠明细之和",
                List.of(Location.cell("06", "301", "决算数", 12, null)), "177.55", "177.5", "Σ 款");
        var event = new FindingsProduced(1, "doc1", SHA, "1.0", List.of(finding), NOW);
        assertThat(validate(EventTypes.FINDINGS_PRODUCED, mapper.valueToTree(event))).isEmpty();
    }

    @Test
    void schemasRejectMalformedEvents() {
        var event = new FindingsProduced(1, "doc1", SHA, "1.0", List.of(new Finding("T06-CLASS-SUM", "fatal",
                "high", "m", List.of(new Location(null, null, "301", null, null, null, null)), null, null, null)), NOW);
        ObjectNode json = mapper.valueToTree(event);
        json.remove("catalogueVersion");
        // severity outside the enum, a location with neither table nor section, a missing required field
        assertThat(validate(EventTypes.FINDINGS_PRODUCED, json)).hasSizeGreaterThanOrEqualTo(3);

        ObjectNode received = mapper.valueToTree(new DocumentReceived(1, "d", "not-a-sha", "a.pdf", 0,
                "application/pdf", "file:///x", "carrier-pigeon", NOW));
        assertThat(validate(EventTypes.DOCUMENT_RECEIVED, received)).hasSizeGreaterThanOrEqualTo(3);
    }

    private Set<ValidationMessage> validate(String type, JsonNode json) {
        try (InputStream in = EventTypes.class.getResourceAsStream(EventTypes.schemaResource(type))) {
            assertThat(in).as("schema for " + type).isNotNull();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
