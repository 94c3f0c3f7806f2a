package dev.sandcastle.mission;

import dev.sandcastle.web.Page;
import dev.sandcastle.web.PageRequest;
import dev.sandcastle.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

@Path("/api/missions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "missions")
public class MissionResource {

    @Inject
    ServerLimits limits;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The published missions, easiest first; filter by tag or difficulty")
    public Page<MissionViews.Summary> list(
            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
            @QueryParam("tag") String tag, @QueryParam("difficulty") String difficulty) {
        PageRequest request = PageRequest.of(page, size);
        PanacheQuery<Mission> query = Mission.catalogue(parseDifficulty(difficulty), blankToNull(tag));
        long total = query.count();
        var items = query.range(request.offset(), request.offset() + request.size() - 1).list().stream()
                .map(MissionViews.Summary::of).toList();
        return Page.of(items, request, total);
    }

    @GET
    @Path("/{slug}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "A mission's statement, starter code, public examples and limits")
    public MissionViews.Detail get(@PathParam("slug") String slug) {
        Mission mission = Mission.findPublishedBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("There is no mission '" + slug + "'."));
        MissionVersion version = mission.currentVersion;
        return MissionViews.Detail.of(mission, version, limits.resolve(version.limitOverrides()));
    }

    private static Difficulty parseDifficulty(String difficulty) {
        if (difficulty == null || difficulty.isBlank()) {
            return null;
        }
        try {
            return Difficulty.valueOf(difficulty.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("difficulty must be EASY, MEDIUM or HARD.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
