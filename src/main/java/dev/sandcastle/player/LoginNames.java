package dev.sandcastle.player;

import java.util.Locale;
import java.util.Optional;

/**
 * The one canonical form of a login name, used for lookup and for throttling alike. A name
 * that breaks the registration rule ({@link AccountService#NAME}: ASCII letters, digits, '_'
 * and '-') is no account's name, so it is refused before any lookup; a valid one is
 * lower-cased with {@link Locale#ROOT}. Without this, PostgreSQL's {@code lower()} folded
 * {@code admİn} (U+0130) and a KELVIN SIGN to ASCII letters, so such names logged in as
 * {@code admin} and {@code k} while the throttle counted them as other names.
 */
public final class LoginNames {
    private LoginNames() {
    }

    /** The canonical name, or empty when no account can have this name. */
    public static Optional<String> canonical(String name) {
        if (name == null || !AccountService.NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of(name.toLowerCase(Locale.ROOT));
    }
}
