package dev.sandcastle.database;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The embedded-database switch: when no {@code quarkus.datasource.jdbc.url} is configured
 * (env {@code QUARKUS_DATASOURCE_JDBC_URL}, system property, application.properties), this
 * starts the embedded PostgreSQL and supplies its URL. It acts only while the runtime
 * configuration is built, never during the build, so {@code quarkus:dev}, the packaged jar
 * and {@code @QuarkusTest} all go through the same switch.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String DATA_DIR = "sandcastle.database.embedded-data-dir";
    static final String DEFAULT_DATA_DIR = ".sandcastle/pgdata";
    static final String DURABLE = "sandcastle.database.embedded-durable";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT || isSet(context.getValue(JDBC_URL))) {
            return List.of();
        }
        ConfigValue dir = context.getValue(DATA_DIR);
        ConfigValue durable = context.getValue(DURABLE);
        String url = EmbeddedDatabase.start(Path.of(isSet(dir) ? dir.getValue() : DEFAULT_DATA_DIR),
                !isSet(durable) || !java.util.Set.of("false", "off", "no", "0").contains(durable.getValue().strip().toLowerCase()));
        return List.of(new PropertiesConfigSource(
                Map.of(JDBC_URL, url, "quarkus.datasource.username", "postgres"),
                "sandcastle-embedded-database", 150));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
