package dev.sandcastle.mission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Where mission packages come from. */
@ConfigMapping(prefix = "sandcastle.missions")
public interface MissionConfig {

    /** The directory of mission packages loaded at start-up (relative to the working directory). */
    @WithDefault("missions")
    Path dir();

    /** Load the directory at start-up (processes with the api role only). */
    @WithDefault("true")
    boolean loadAtStartup();

    /** Refuse to start when a package is invalid (otherwise it is skipped with an error in the log). */
    @WithDefault("false")
    boolean strict();
}
