package dev.sandcastle.sandbox;

/**
 * What one call of the entry point did. {@code verdict} is null when the call returned
 * normally with {@code value} (plain data); otherwise it says why it did not (runtime error,
 * limit, policy) and {@code value} is null.
 *
 * <p>For RUNTIME_ERROR the message starts with the exception type name ("ZeroDivisionError:
 * division by zero (line 3)"); the judge shows hidden tests only that name, and only when
 * it is a built-in exception. {@code statements}: statement lines of the player's code this call
 * entered, or -1 when not measured (docs/decisions/0003-statements-executed.md).
 */
public record TestExecution(Verdict verdict, Object value, long cpuMs, long statements, String stdout, String message) {
}
