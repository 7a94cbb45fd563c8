package io.ledgerlint.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a caller may do over HTTP. An API key or a bearer token carries one or more of these roles; each service maps
 * its paths to them ({@code quarkus.http.auth.permission.*} in its application.properties).
 */
public enum AccessRole {
    /** submit documents: {@code POST /api/documents} of ingest-service */
    UPLOAD("upload"),
    /** the documents, findings, reports, pages and exports of report-service */
    READ("read"),
    /** operations: {@code /ops}, {@code /api/ops/**}, {@code /q/metrics} */
    OPERATOR("operator");

    private final String id;

    AccessRole(String id) {
        this.id = id;
    }

    /** The role's name in configuration, in tokens and in the services' policies. */
    public String id() {
        return id;
    }

    public static Optional<AccessRole> byId(String id) {
        return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
    }
}
