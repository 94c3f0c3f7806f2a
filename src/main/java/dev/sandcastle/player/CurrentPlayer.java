package dev.sandcastle.player;

import dev.sandcastle.web.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.regex.Pattern;

/**
 * Who is making the current request.
 *
 * <p><b>PLACEHOLDER</b>: until the players feature lands, the player is named by the
 * {@value #HEADER} header and created on first use, with no authentication at all. The
 * players feature replaces this class's body with bearer-token authentication; every
 * endpoint asks for the player only through {@link #require()}, so that is the one place
 * to change.
 */
@RequestScoped
public class CurrentPlayer {

    public static final String HEADER = "X-Player";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{3,32}");

    @Inject
    HttpServerRequest request;

    @Inject
    EntityManager em;

    private Player player;

    /** The player making this request; 401 when the request names none. */
    @Transactional
    public Player require() {
        if (player == null) {
            String name = request.getHeader(HEADER);
            if (name == null || name.isBlank()) {
                throw new ProblemException(401, "Name the player in the " + HEADER + " header.");
            }
            if (!NAME.matcher(name).matches()) {
                throw ProblemException.badRequest("A player name is 3-32 letters, digits, '_' or '-'.");
            }
            // insert-if-absent in SQL so two first requests of one player cannot collide
            em.createNativeQuery("INSERT INTO players (name) VALUES (?1) ON CONFLICT (name) DO NOTHING")
                    .setParameter(1, name).executeUpdate();
            player = Player.findByName(name).orElseThrow();
        }
        return player;
    }
}
