package dev.sandcastle.mission.authoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A mission package as one JSON document, the body of {@code POST /api/missions} and
 * {@code PUT /api/missions/{slug}} and what {@code GET /api/missions/{slug}/source} returns:
 * one field per package file (docs/missions.md, "Authoring API").
 *
 * @param mission     the content of mission.json
 * @param tests       the content of tests.json (without generated tests)
 * @param checker     checker.py (custom checker only)
 * @param generator   generator.py (when mission.generator is set)
 * @param status      DRAFT (only the author and admins see it) or PUBLISHED; unset keeps the
 *                    mission's status (DRAFT for a new mission)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MissionSource(
        String slug,
        JsonNode mission,
        String description,
        String reference,
        JsonNode tests,
        String starter,
        String checker,
        String generator,
        String status,
        Integer version,
        String author,
        List<Object> generatedTests) {
}
