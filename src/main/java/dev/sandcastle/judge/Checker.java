package dev.sandcastle.judge;

/**
 * How a result is compared with the expected answer; every comparison runs in Java except
 * {@code CUSTOM}, whose author-written {@code check(args, expected, actual)} runs in a sandbox
 * context of its own that only ever sees plain data.
 */
public record Checker(Kind kind, double absTolerance, double relTolerance, String customSource) {

    public enum Kind { EXACT, FLOAT, UNORDERED, CUSTOM }

    public static final Checker EXACT = new Checker(Kind.EXACT, 0, 0, null);

    public static Checker floats(double absTolerance, double relTolerance) {
        return new Checker(Kind.FLOAT, absTolerance, relTolerance, null);
    }

    public static Checker unordered() {
        return new Checker(Kind.UNORDERED, 0, 0, null);
    }

    public static Checker custom(String source) {
        return new Checker(Kind.CUSTOM, 0, 0, source);
    }
}
