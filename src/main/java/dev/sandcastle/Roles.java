package dev.sandcastle;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;

/**
 * Which parts of the application this process runs ({@code sandcastle.roles}): {@code api}
 * (HTTP API, mission loading) and {@code grader} (claims and grades submissions, owns the
 * sandbox workers). Both by default; separate grader processes set {@code SANDCASTLE_ROLES=grader}.
 */
@ApplicationScoped
public class Roles {

    @ConfigProperty(name = "sandcastle.roles", defaultValue = "api,grader")
    Set<String> roles;

    public boolean api() {
        return roles.contains("api");
    }

    public boolean grader() {
        return roles.contains("grader");
    }
}
