package io.ledgerlint.validate.engine;

import io.ledgerlint.contracts.events.Confidence;
import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.FindingsProduced.Location;
import io.ledgerlint.contracts.events.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one rule reports its findings. Bound to the rule's definition: the message comes from the catalogue template,
 * the severity defaults to the catalogue's and may be changed per finding where rules.md grades a case differently.
 */
public final class FindingSink {

    private final RuleDefinition definition;
    private final MessageTemplate.Language language;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Map<String, Object>> messageParameters = new ArrayList<>();
    /** Where in {@link #findings} the finding of each narrative defect is. */
    private final Map<DefectKey, Integer> narrativeDefects = new HashMap<>();

    public FindingSink(RuleDefinition definition, MessageTemplate.Language language) {
        this.definition = definition;
        this.language = language;
    }

    public RuleDefinition definition() {
        return definition;
    }

    /** Starts a finding; nothing is recorded until {@link Builder#report()}. */
    public Builder finding() {
        return new Builder();
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /**
     * The values each finding's message was rendered from, in the order of {@link #findings()}: lets a check of the
     * wording render the message in either language and see where each value sits.
     */
    public List<Map<String, Object>> messageParameters() {
        return List.copyOf(messageParameters);
    }

    /** Collects the parts of one finding. */
    public final class Builder {
        private Severity severity = definition.severity();
        private Confidence confidence = Confidence.HIGH;
        private final List<Location> locations = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();
        private String expected;
        private String actual;
        private String formula;

        private Builder() {
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Builder confidence(Confidence value) {
            this.confidence = value;
            return this;
        }

        public Builder at(Location location) {
            if (location != null) {
                locations.add(location);
            }
            return this;
        }

        public Builder at(List<Location> values) {
            values.forEach(this::at);
            return this;
        }

        /**
         * A value for the {@code {name}} placeholder of the message template: a {@link Phrase} (rendered in the
         * message's language) or any other value (rendered as {@link String#valueOf}).
         */
        public Builder param(String name, Object value) {
            params.put(name, value instanceof Phrase ? value : String.valueOf(value));
            return this;
        }

        public Builder expected(Object value) {
            this.expected = value == null ? null : String.valueOf(value);
            return this;
        }

        public Builder actual(Object value) {
            this.actual = value == null ? null : String.valueOf(value);
            return this;
        }

        public Builder formula(String value) {
            this.formula = value;
            return this;
        }

        public void report() {
            Finding finding = new Finding(definition.id(), severity.wireName(), confidence.wireName(),
                    definition.message().render(language, params), List.copyOf(locations), expected, actual, formula);
            DefectKey key = DefectKey.of(finding);
            if (key != null) {
                Integer restated = narrativeDefects.putIfAbsent(key, findings.size());
                if (restated != null) {
                    findings.set(restated, withLocationsOf(findings.get(restated), finding));
                    return;
                }
            }
            findings.add(finding);
            messageParameters.add(Collections.unmodifiableMap(new LinkedHashMap<>(params)));
        }
    }

    /**
     * A narrative often states one wrong figure twice (a summary sentence and its paragraph): one defect, one finding
     * that points at every place. Table-only findings with equal values stay apart: they are different cells.
     * Findings that restate one defect share this key; a finding without expected and actual values or without a
     * place in the narrative has none. Looked up in a map, so that a table's thousands of findings are not each
     * compared with all the others.
     */
    private record DefectKey(String severity, String expected, String actual) {

        static DefectKey of(Finding finding) {
            return finding.expected() != null && finding.actual() != null && pointsAtNarrative(finding)
                    ? new DefectKey(finding.severity(), finding.expected(), finding.actual()) : null;
        }
    }

    private static boolean pointsAtNarrative(Finding finding) {
        return finding.locations().stream().anyMatch(location -> location.section() != null);
    }

    private static Finding withLocationsOf(Finding kept, Finding repeated) {
        List<Location> locations = new ArrayList<>(kept.locations());
        repeated.locations().stream().filter(location -> !locations.contains(location)).forEach(locations::add);
        return new Finding(kept.ruleId(), kept.severity(), kept.confidence(), kept.message(), List.copyOf(locations),
                kept.expected(), kept.actual(), kept.formula());
    }

}
