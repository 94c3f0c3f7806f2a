package dev.sandcastle.judge.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The top-level list compared as a multiset: same elements, same counts, any order. Elements
 * compare with {@link ExactChecker}. Both lists are sorted by a total order that agrees with
 * that equality (values equal for ExactChecker are never ordered apart), then compared in
 * step: O(n log n) comparisons, with no hash an adversary could make collide.
 */
public final class UnorderedChecker {

    private UnorderedChecker() {
    }

    public static boolean sameElements(Object expected, Object actual) {
        if (!(expected instanceof List<?> e) || !(actual instanceof List<?> a)) {
            return ExactChecker.equal(expected, actual);
        }
        if (e.size() != a.size()) {
            return false;
        }
        List<Object> left = new ArrayList<>(e);
        List<Object> right = new ArrayList<>(a);
        left.sort(ORDER);
        right.sort(ORDER);
        for (int i = 0; i < left.size(); i++) {
            if (!ExactChecker.equal(left.get(i), right.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * None, then booleans, ints, floats, strings, lists, dicts; each kind in its natural order
     * (floats with -0.0 as 0.0 and NaN last, as ExactChecker equates them; lists element by
     * element; dicts by size, then their entries in key order).
     */
    static final Comparator<Object> ORDER = UnorderedChecker::compare;

    private static int rank(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Boolean) {
            return 1;
        }
        if (ExactChecker.isInteger(value)) {
            return 2;
        }
        if (value instanceof Double) {
            return 3;
        }
        if (value instanceof String) {
            return 4;
        }
        if (value instanceof List<?>) {
            return 5;
        }
        return 6;
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object x, Object y) {
        int byRank = Integer.compare(rank(x), rank(y));
        if (byRank != 0) {
            return byRank;
        }
        return switch (rank(x)) {
            case 0 -> 0;
            case 1 -> Boolean.compare((Boolean) x, (Boolean) y);
            case 2 -> compareInts(x, y);
            case 3 -> Double.compare(plusZero((Double) x), plusZero((Double) y));
            case 4 -> ((String) x).compareTo((String) y);
            case 5 -> compareLists((List<Object>) x, (List<Object>) y);
            default -> compareMaps((Map<String, Object>) x, (Map<String, Object>) y);
        };
    }

    private static int compareInts(Object x, Object y) {
        if (x instanceof Long a && y instanceof Long b) {
            return Long.compare(a, b);
        }
        BigInteger a = ExactChecker.toBig(x);
        return a.compareTo(ExactChecker.toBig(y));
    }

    private static double plusZero(double d) {
        return d == 0.0 ? 0.0 : d;
    }

    private static int compareLists(List<Object> x, List<Object> y) {
        int n = Math.min(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            int c = compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static int compareMaps(Map<String, Object> x, Map<String, Object> y) {
        int bySize = Integer.compare(x.size(), y.size());
        if (bySize != 0) {
            return bySize;
        }
        List<String> xs = new ArrayList<>(x.keySet());
        List<String> ys = new ArrayList<>(y.keySet());
        xs.sort(null);
        ys.sort(null);
        for (int i = 0; i < xs.size(); i++) {
            int c = xs.get(i).compareTo(ys.get(i));
            if (c != 0) {
                return c;
            }
        }
        for (String key : xs) {
            int c = compare(x.get(key), y.get(key));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
