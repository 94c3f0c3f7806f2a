package dev.sandcastle.sandbox.check;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

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
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                return false;
            }
            Iterator<?> ie = e.iterator();
            Iterator<?> ia = a.iterator();
            while (ie.hasNext()) {
                if (!close(ie.next(), ia.next(), absTolerance, relTolerance)) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            if (e.size() != a.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : e.entrySet()) {
                if (!a.containsKey(entry.getKey())
                        || !close(entry.getValue(), a.get(entry.getKey()), absTolerance, relTolerance)) {
                    return false;
                }
            }
            return true;
        }
        return ExactChecker.equal(expected, actual);
    }

    private static boolean isNumber(Object value) {
        return value instanceof Double || ExactChecker.isInteger(value);
    }
}
