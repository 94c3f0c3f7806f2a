package dev.sandcastle.player;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The first administrator: {@code SANDCASTLE_ADMIN_NAME} and {@code SANDCASTLE_ADMIN_PASSWORD}.
 * Created at start-up when no player of that name exists; nothing happens when unset.
 */
@ConfigMapping(prefix = "sandcastle.admin")
public interface AdminConfig {
    Optional<String> name();

    Optional<String> password();
}
