package dev.sandcastle.sandbox;

/** What a checker decided: {@code error} is set when the checker itself failed. */
public record CheckOutcome(boolean passed, String message, String error) {
}
