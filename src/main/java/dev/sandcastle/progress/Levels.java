package dev.sandcastle.progress;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** A player's level from their points, by the configured thresholds. */
@ApplicationScoped
public class Levels {

    /** The level of some points, and where the next one starts (null at the top level). */
    public record Level(int level, Integer nextLevelAt) {
    }

    @Inject
    LevelsConfig config;

    private int[] thresholds;

    @PostConstruct
    void validate() {
        List<Integer> values = config.thresholds();
        if (values.isEmpty() || values.getFirst() != 0) {
            throw new IllegalStateException("sandcastle.levels.thresholds must start at 0, got " + values);
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) <= values.get(i - 1)) {
                throw new IllegalStateException("sandcastle.levels.thresholds must be strictly ascending, got " + values);
            }
        }
        thresholds = values.stream().mapToInt(Integer::intValue).toArray();
    }

    public Level of(int points) {
        int level = 0;
        while (level < thresholds.length && thresholds[level] <= points) {
            level++;
        }
        return new Level(Math.max(1, level), level < thresholds.length ? thresholds[level] : null);
    }
}
