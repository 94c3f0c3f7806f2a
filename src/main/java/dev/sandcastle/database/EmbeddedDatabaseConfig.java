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
}
