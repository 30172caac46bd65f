package dev.arbiter.account;

import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses requests to {@link RequiresRole} endpoints from callers without the role (401 signed out, 403 otherwise)
 * before validation, so a caller without the role learns nothing from error messages about the body.
 */
public class RoleFilter {

    private final CurrentUser current;

    public RoleFilter(CurrentUser current) {
        this.current = current;
    }

    @ServerRequestFilter
    public void check(ResourceInfo resource) {
        RequiresRole required = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RequiresRole.class);
        if (required == null && resource.getResourceClass() != null) {
            required = resource.getResourceClass().getAnnotation(RequiresRole.class);
        }
        if (required != null) current.requireRole(required.value());
    }
}
