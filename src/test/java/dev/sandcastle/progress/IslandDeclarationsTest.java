package dev.sandcastle.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IslandDeclarationsTest {

    static final Path PACK = Path.of("missions");

    @Test
    void thePackDeclaresEveryIslandAndEachCanBeReachedWithThePointsOfTheIslandsBeforeIt() throws Exception {
        List<IslandDeclarations.Declaration> islands =
                IslandDeclarations.parse(Files.readString(PACK.resolve(IslandLoader.FILE)));
        Map<String, Integer> pointsPerIsland = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> dirs = Files.list(PACK)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                JsonNode mission = json.readTree(dir.resolve("mission.json").toFile());
                pointsPerIsland.merge(mission.get("island").asText(), mission.get("points").asInt(), Integer::sum);
            }
        }
        assertEquals(pointsPerIsland.keySet(), islands.stream().map(IslandDeclarations.Declaration::name)
                .collect(java.util.stream.Collectors.toSet()), "every island of the pack is declared, and only those");
        int reachable = 0;
        for (IslandDeclarations.Declaration island : islands) {
            assertTrue(island.unlockPoints() <= reachable, island.name() + " opens at " + island.unlockPoints()
                    + " but the islands before it hold only " + reachable + " points");
            reachable += pointsPerIsland.get(island.name());
        }
        assertEquals("harbor", islands.getFirst().name());
    }

    @Test
    void invalidDeclarationsAreRefusedNamingEachEntryAndField() {
        var e = assertThrows(IslandDeclarations.InvalidIslandsException.class, () -> IslandDeclarations.parse("""
                [{"name": "harbor", "title": "Harbor", "unlockPoints": 5},
                 {"name": "Bad Name", "title": "x", "unlockPoints": 1},
                 {"name": "reef", "title": "", "unlockPoints": 3},
                 {"name": "reef", "title": "Reef again", "unlockPoints": 2}]"""));
        List<String> problems = e.problems();
        assertTrue(problems.contains("islands[0].unlockPoints: the first island must be open (0), not 5"), problems.toString());
        assertTrue(problems.contains("islands[1].name: 1-64 of a-z, 0-9 and '-' is required"), problems.toString());
        assertTrue(problems.contains("islands[2].title: 1-200 characters are required"), problems.toString());
        assertTrue(problems.contains("islands[3].name: 'reef' is declared twice"), problems.toString());
        assertThrows(IslandDeclarations.InvalidIslandsException.class, () -> IslandDeclarations.parse("[]"));
        assertThrows(IslandDeclarations.InvalidIslandsException.class, () -> IslandDeclarations.parse("{\"islands\": 1}"));
        assertThrows(IslandDeclarations.InvalidIslandsException.class, () -> IslandDeclarations.parse(
                "[{\"name\": \"a\", \"title\": \"A\", \"unlockPoints\": 0, \"colour\": \"red\"}]"));
    }

    @Test
    void thresholdsMayNotGoDownAlongThePath() {
        var e = assertThrows(IslandDeclarations.InvalidIslandsException.class, () -> IslandDeclarations.parse("""
                [{"name": "a", "title": "A", "unlockPoints": 0},
                 {"name": "b", "title": "B", "unlockPoints": 50},
                 {"name": "c", "title": "C", "unlockPoints": 20}]"""));
        assertEquals(List.of("islands[2].unlockPoints: 20 is below the previous island's 50 (islands are listed in the order they open)"),
                e.problems());
    }

}
