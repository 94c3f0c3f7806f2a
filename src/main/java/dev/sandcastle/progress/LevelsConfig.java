package dev.sandcastle.progress;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Levels from points (README, configuration table). */
@ConfigMapping(prefix = "sandcastle.levels")
public interface LevelsConfig {

    /**
     * Points at which each level starts, ascending from 0: level 1 at the first value, level 2 at
     * the second, and so on. The default spreads ten levels over the 690 points of the pack.
     */
    @WithDefault("0,20,50,100,160,230,310,400,500,600")
    List<Integer> thresholds();
}
