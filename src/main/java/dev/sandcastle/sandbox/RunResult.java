package dev.sandcastle.sandbox;

/** The outcome of running a snippet, as the seed's {@code Sandbox().execute(code)}. */
public record RunResult(Verdict verdict, String stdout, String stderr, String message) {
}
