package dev.sandcastle.sandbox.check;


/**
 * Equality with a tolerance for numbers, applied recursively through lists and dicts.
 * A number matches when {@code |a - e| <= max(abs, rel * |e|)}; ints may stand for floats
 * here (the answer 2 matches 2.0), but booleans are never numbers. Everything else compares
 * as in {@link ExactChecker}.
 */
public final class FloatChecker {

    private FloatChecker() {
    }

    public static boolean close(Object expected, Object actual, double absTolerance, double relTolerance) {
        if (isNumber(expected) && isNumber(actual)) {
            double e = ((Number) expected).doubleValue();
            double a = ((Number) actual).doubleValue();
            if (Double.isNaN(e) || Double.isNaN(a)) {
                return Double.isNaN(e) && Double.isNaN(a);
            }
            if (Double.isInfinite(e) || Double.isInfinite(a)) {
                return e == a;
            }
            return Math.abs(a - e) <= Math.max(absTolerance, relTolerance * Math.abs(e));
        }
        Boolean containers = Containers.compare(expected, actual, (e, a) -> close(e, a, absTolerance, relTolerance));
        return containers != null ? containers : ExactChecker.equal(expected, actual);
    }

    private static boolean isNumber(Object value) {
        return value instanceof Double || ExactChecker.isInteger(value);
    }
}
