package dev.sandcastle.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Documents (and validates) the embedded database key; the value itself is read by
 * {@link EmbeddedDatabaseConfigSourceFactory} before CDI exists.
 */
@ConfigMapping(prefix = "sandcastle.database")
public interface EmbeddedDatabaseConfig {

    /** Data directory of the embedded PostgreSQL (used only without QUARKUS_DATASOURCE_JDBC_URL). */
    @WithDefault(EmbeddedDatabaseConfigSourceFactory.DEFAULT_DATA_DIR)
    String embeddedDataDir();

    /**
     * fsync and synchronous commit of the embedded PostgreSQL: on by default, so an
     * acknowledged verdict survives an OS crash or power cut. Off is faster per commit and
     * only fit for throw-away data.
     */
    @WithDefault("true")
    boolean embeddedDurable();
}
