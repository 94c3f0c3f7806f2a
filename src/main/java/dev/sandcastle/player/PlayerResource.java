package dev.sandcastle.player;

import dev.sandcastle.web.ConditionalJson;
import dev.sandcastle.web.Problem;
import dev.sandcastle.web.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Registration, public profiles and role management. */
@Path("/api/players")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlayerResource {

    /** name: 3-32 of [A-Za-z0-9_-], unique regardless of case; password: 8+ characters, at most 72 bytes. */
    public record Registration(
            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{3,32}", message = "must be 3-32 letters, digits, '_' or '-'") String name,
            @NotNull String password) {
    }

    public record Account(String name, Set<Role> roles, Instant createdAt) {
        static Account of(Player player) {
            return new Account(player.name, EnumSet.copyOf(player.roles), player.createdAt);
        }
    }

    public record RolesUpdate(@NotNull Set<@NotNull(message = "must not contain null") Role> roles) {
    }

    /** The body of PUT /api/players/me/password. */
    public record PasswordChange(@NotNull String oldPassword, @NotNull String newPassword) {
    }

    @Inject
    AccountService accounts;

    @Inject
    RegistrationLimit registrations;

    @Inject
    LoginThrottle throttle;

    @Inject
    CurrentPlayer current;

    @Inject
    PublicProfiles profiles;

    @Inject
    ConditionalJson conditional;

    @POST
    @PermitAll
    public Response register(@Valid @NotNull Registration registration, @Context HttpServerRequest http) {
        if (!AccountService.acceptablePassword(registration.password())) {
            throw ProblemException.unprocessable("The request is well-formed but not valid.", List.of(
                    new Problem.FieldError("password", "must have at least " + AccountService.MIN_PASSWORD_CHARS
                            + " characters and at most " + AccountService.MAX_PASSWORD_BYTES + " bytes in UTF-8")));
        }
        registrations.admit(http.remoteAddress() == null ? "unknown" : http.remoteAddress().host()); // 429 beyond
        return accounts.register(registration.name(), registration.password(), Set.of())
                .map(player -> Response.created(UriBuilder.fromPath("/api/players/{name}").build(player.name))
                        .entity(Account.of(player)).build())
                .orElseThrow(() -> new ProblemException(409, "The name '" + registration.name() + "' is taken."));
    }

    /** The public profile (points, rank, missions); computed by the leaderboard feature. */
    @GET
    @Path("{name}")
    @PermitAll
    public Response profile(@PathParam("name") String name, @Context Request request) {
        return profiles.profile(name)
                .map(profile -> conditional.respond(request, profile, profiles.maxAge()))
                .orElseThrow(() -> ProblemException.notFound("No player is called '" + name + "'."));
    }

    /**
     * Changes the caller's password (the old one is required, so a stolen token alone cannot)
     * and signs out every other session: all of the player's tokens but this one are revoked.
     */
    @PUT
    @Path("me/password")
    @RolesAllowed(Role.PLAYER_NAME)
    public Response changePassword(@Valid @NotNull PasswordChange change, @Context HttpServerRequest http) {
        if (!AccountService.acceptablePassword(change.newPassword())) {
            throw ProblemException.unprocessable("The request is well-formed but not valid.", List.of(
                    new Problem.FieldError("newPassword", "must have at least " + AccountService.MIN_PASSWORD_CHARS
                            + " characters and at most " + AccountService.MAX_PASSWORD_BYTES + " bytes in UTF-8")));
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
        throttle.blockedFor(current.name(), address).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        if (!accounts.changePassword(current.id(), change.oldPassword(), change.newPassword(), current.tokenId())) {
            throttle.recordFailure(current.name(), address); // guessing the old password is guessing a password
            throw ProblemException.unprocessable("The old password is wrong.", List.of(
                    new Problem.FieldError("oldPassword", "is not your current password")));
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("{name}/roles")
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public Response setRoles(@PathParam("name") String name, @Valid @NotNull RolesUpdate update) {
        Player player = Player.findByName(name).orElse(null);
        if (player == null) {
            throw ProblemException.notFound("No player is called '" + name + "'.");
        }
        if (player.roles.contains(Role.ADMIN) && !update.roles().contains(Role.ADMIN)
                && Player.countWithRole(Role.ADMIN) <= 1) {
            throw new ProblemException(409, "'" + player.name + "' is the last admin; make another admin first.");
        }
        return Response.ok(Account.of(accounts.setRoles(player, update.roles()))).build();
    }
}
