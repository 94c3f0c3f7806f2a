package dev.sandcastle.player;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Creates the first administrator from SANDCASTLE_ADMIN_NAME / SANDCASTLE_ADMIN_PASSWORD when
 * no player of that name exists. An existing player of that name is left alone, even without
 * the ADMIN role: promoting it would hand the server to whoever registered the name first.
 */
@ApplicationScoped
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    AdminConfig config;

    @Inject
    AccountService accounts;

    void onStart(@Observes StartupEvent event) {
        if (config.name().isEmpty()) {
            return;
        }
        String name = config.name().get();
        String password = config.password().orElseThrow(() -> new IllegalStateException(
                "SANDCASTLE_ADMIN_NAME is set but SANDCASTLE_ADMIN_PASSWORD is not"));
        if (!AccountService.NAME.matcher(name).matches() || !AccountService.acceptablePassword(password)) {
            throw new IllegalStateException("SANDCASTLE_ADMIN_NAME / SANDCASTLE_ADMIN_PASSWORD break the account rules (README, Accounts)");
        }
        accounts.register(name, password, Set.of(Role.ADMIN)).ifPresentOrElse(
                admin -> LOG.infof("Created the first admin '%s'", admin.name),
                () -> accounts.warnIfNotAdmin(name));
    }
}
