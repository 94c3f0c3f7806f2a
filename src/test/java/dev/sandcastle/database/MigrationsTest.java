package dev.sandcastle.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class MigrationsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void migrationsCreateTheSchemaInAnEmptyDatabase() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        assertThat(tables, hasItems("players", "missions", "mission_versions", "submissions", "grading_jobs",
                "flyway_schema_history"));
    }

    @Test
    void theApplicationIsLiveAgainstTheEmbeddedDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
