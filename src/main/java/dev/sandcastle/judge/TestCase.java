package dev.sandcastle.judge;

import dev.sandcastle.sandbox.PlainData;
import java.util.List;

/**
 * One call of the entry point. {@code args} and {@code expected} are plain data (see
 * {@link PlainData}). {@code expected} stays on the grader side: it is never sent to the
 * worker that runs player code.
 */
public record TestCase(List<Object> args, Object expected, boolean isPublic, String category) {
    public TestCase {
        args = List.copyOf(args);
        category = category == null || category.isBlank() ? "basic" : category;
    }
}
