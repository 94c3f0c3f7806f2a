package dev.sandcastle.judge.check;

import java.math.BigDecimal;

/**
 * Equality with a tolerance for numbers, applied recursively through lists and dicts.
 * A number matches when {@code |a - e| <= max(abs, rel * |e|)}; ints may stand for floats
 * here (the answer 2 matches 2.0), but booleans are never numbers. Everything else compares
 * as in {@link ExactChecker}.
 *
 * <p>The arithmetic is exact: doubles are used only while both numbers are doubles or ints
 * that a double holds exactly (|n| &lt;= 2^53); beyond that the comparison is done in
 * {@link BigDecimal}, so huge ints neither collapse into one double nor all become infinity.
 */
public final class FloatChecker {

    private static final long EXACT_IN_DOUBLE = 1L << 53;

    private FloatChecker() {
    }

    public static boolean close(Object expected, Object actual, double absTolerance, double relTolerance) {
        if (isNumber(expected) && isNumber(actual)) {
            if (fitsDouble(expected) && fitsDouble(actual)) {
                return closeAsDoubles(((Number) expected).doubleValue(), ((Number) actual).doubleValue(),
                        absTolerance, relTolerance);
            }
            return closeExactly(expected, actual, absTolerance, relTolerance);
        }
        Boolean containers = Containers.compare(expected, actual, (e, a) -> close(e, a, absTolerance, relTolerance));
        return containers != null ? containers : ExactChecker.equal(expected, actual);
    }

    private static boolean closeAsDoubles(double e, double a, double absTolerance, double relTolerance) {
        if (Double.isNaN(e) || Double.isNaN(a)) {
            return Double.isNaN(e) && Double.isNaN(a);
        }
        if (Double.isInfinite(e) || Double.isInfinite(a)) {
            return e == a;
        }
        return Math.abs(a - e) <= Math.max(absTolerance, relTolerance * Math.abs(e));
    }

    /** At least one side is an int beyond 2^53: no NaN or infinity can match it, the rest is exact. */
    private static boolean closeExactly(Object expected, Object actual, double absTolerance, double relTolerance) {
        if (!finite(expected) || !finite(actual)) {
            return false;
        }
        BigDecimal e = exact(expected);
        BigDecimal a = exact(actual);
        BigDecimal bound = new BigDecimal(absTolerance).max(new BigDecimal(relTolerance).multiply(e.abs()));
        return a.subtract(e).abs().compareTo(bound) <= 0;
    }

    private static boolean finite(Object number) {
        return !(number instanceof Double d) || Double.isFinite(d);
    }

    private static BigDecimal exact(Object number) {
        return number instanceof Double d ? new BigDecimal(d) : new BigDecimal(ExactChecker.toBig(number));
    }

    private static boolean fitsDouble(Object number) {
        if (number instanceof Double) {
            return true;
        }
        if (number instanceof Long l) {
            return l >= -EXACT_IN_DOUBLE && l <= EXACT_IN_DOUBLE;
        }
        return number instanceof Integer;
    }

    private static boolean isNumber(Object value) {
        return value instanceof Double || ExactChecker.isInteger(value);
    }
}
