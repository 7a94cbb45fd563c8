package io.ledgerlint.testsupport.access;

/**
 * One HTTP endpoint of a service and the role it needs (null: open to all).
 *
 * @param contentType sent with the (empty) body of a POST; null for none
 */
public record HttpEndpoint(String method, String path, String contentType, String role) {

    public static HttpEndpoint get(String path, String role) {
        return new HttpEndpoint("GET", path, null, role);
    }

    public static HttpEndpoint post(String path, String contentType, String role) {
        return new HttpEndpoint("POST", path, contentType, role);
    }

    @Override
    public String toString() {
        return method + " " + path + (contentType == null ? "" : " (" + contentType + ")") + " needs "
                + (role == null ? "nothing" : role);
    }
}
