package dev.sandcastle.judge.check;

import java.math.BigInteger;

/**
 * Typed equality of plain data: {@code True} is not {@code 1}, {@code 1} is not {@code 1.0},
 * tuples and lists both arrive as lists and compare element by element, dicts compare by
 * keys and values regardless of order.
 */
public final class ExactChecker {

    private ExactChecker() {
    }

    public static boolean equal(Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected instanceof Boolean || actual instanceof Boolean) {
            return expected.equals(actual);
        }
        if (isInteger(expected) && isInteger(actual)) {
            return toBig(expected).equals(toBig(actual));
        }
        if (expected instanceof Double e && actual instanceof Double a) {
            return e.equals(a) || e.doubleValue() == a.doubleValue();
        }
        if (expected instanceof String e && actual instanceof String a) {
            return e.equals(a);
        }
        Boolean containers = Containers.compare(expected, actual, ExactChecker::equal);
        return containers != null && containers;
    }

    static boolean isInteger(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof BigInteger;
    }

    static BigInteger toBig(Object value) {
        return value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
    }
}
