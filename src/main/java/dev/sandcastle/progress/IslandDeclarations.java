package dev.sandcastle.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.type.TypeReference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates {@code missions/islands.json} (docs/missions.md): the islands in travel
 * order, each with the points that open it. The first island opens at 0 points and the
 * thresholds never go down along the path. Plain Java, every problem collected.
 */
public final class IslandDeclarations {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** One entry of islands.json. */
    public record Declaration(String name, String title, Integer unlockPoints) {
    }

    private IslandDeclarations() {
    }

    public static List<Declaration> parse(String json) throws InvalidIslandsException {
        List<Declaration> islands;
        try {
            islands = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(json, new TypeReference<List<Declaration>>() { });
        } catch (JsonProcessingException e) {
            throw new InvalidIslandsException(List.of("islands.json is not a JSON list of {name, title, unlockPoints}: "
                    + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (islands == null || islands.isEmpty()) {
            problems.add("islands.json declares no island");
            throw new InvalidIslandsException(problems);
        }
        Set<String> seen = new HashSet<>();
        int previous = 0;
        for (int i = 0; i < islands.size(); i++) {
            Declaration island = islands.get(i);
            String where = "islands[" + i + "]";
            if (island == null || island.name() == null || !NAME.matcher(island.name()).matches()) {
                problems.add(where + ".name: 1-64 of a-z, 0-9 and '-' is required");
                continue;
            }
            if (!seen.add(island.name())) {
                problems.add(where + ".name: '" + island.name() + "' is declared twice");
            }
            if (island.title() == null || island.title().isBlank() || island.title().length() > 200) {
                problems.add(where + ".title: 1-200 characters are required");
            }
            Integer points = island.unlockPoints();
            if (points == null || points < 0) {
                problems.add(where + ".unlockPoints: a number of points, 0 or more, is required");
            } else if (i == 0 && points != 0) {
                problems.add(where + ".unlockPoints: the first island must be open (0), not " + points);
            } else if (points < previous) {
                problems.add(where + ".unlockPoints: " + points + " is below the previous island's " + previous
                        + " (islands are listed in the order they open)");
            } else {
                previous = points;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidIslandsException(problems);
        }
        return List.copyOf(islands);
    }

    /** islands.json is invalid: every problem, each naming its entry and field. */
    public static class InvalidIslandsException extends Exception {
        private final List<String> problems;

        public InvalidIslandsException(List<String> problems) {
            super("invalid islands.json: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
