package io.ledgerlint.access;

import io.quarkus.security.spi.runtime.AuthorizationController;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

/**
 * Lets every request through while access is {@linkplain AccessMode#OPEN open}, so that the services' path policies
 * ({@code quarkus.http.auth.permission.*}) apply only once credentials are configured. This is Quarkus' documented
 * switch for authorization.
 */
@Alternative
@Priority(Interceptor.Priority.LIBRARY_AFTER)
@Singleton
public class AccessAuthorizationController extends AuthorizationController {

    private final Access access;

    AccessAuthorizationController(Access access) {
        this.access = access;
    }

    @Override
    public boolean isAuthorizationEnabled() {
        return access.enforced();
    }
}
