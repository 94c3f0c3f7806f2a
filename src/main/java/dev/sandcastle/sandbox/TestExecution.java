package dev.sandcastle.sandbox;

/**
 * What one call of the entry point did. {@code verdict} is null when the call returned
 * normally with {@code value} (plain data); otherwise it says why it did not (runtime error,
 * limit, policy) and {@code value} is null.
 */
public record TestExecution(Verdict verdict, Object value, long cpuMs, long statements, String stdout, String message) {
}
