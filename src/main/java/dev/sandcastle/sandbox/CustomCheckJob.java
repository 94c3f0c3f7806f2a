package dev.sandcastle.sandbox;

import java.util.List;

/** One call of an author's {@code check(args, expected, actual)}; all values are plain data. */
public record CustomCheckJob(String checkerSource, List<Object> args, Object expected, Object actual, Limits limits) {
}
