package dev.sandcastle.mission;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sandcastle.sandbox.PlainData;
import dev.sandcastle.judge.TestCase;

import java.util.List;

/** One test of a mission, as written in tests.json: {@code {args, expected, public, category}}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MissionTest(
        List<Object> args, Object expected, @JsonProperty("public") boolean isPublic, String category) {

    public MissionTest {
        category = category == null || category.isBlank() ? "basic" : category;
    }

    /** The same test with args and expected normalised to plain data (throws if they are not). */
    @SuppressWarnings("unchecked")
    public MissionTest normalized() {
        return new MissionTest((List<Object>) PlainData.normalize(args), PlainData.normalize(expected), isPublic, category);
    }

    public TestCase toTestCase() {
        return new TestCase(args, expected, isPublic, category);
    }
}
