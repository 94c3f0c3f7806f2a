package dev.sandcastle.sandbox;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The only values that cross the sandbox boundary: {@code null}, {@link Boolean}, {@link Long}
 * (or {@link BigInteger} beyond the long range), {@link Double}, {@link String},
 * {@link List} (Python lists and tuples) and {@link Map} with String keys (Python dicts).
 */
public final class PlainData {

    /**
     * Digits of the largest int a result may hold: CPython's own default for converting an int
     * to text ({@code sys.set_int_max_str_digits}), so a result we cannot show is one CPython
     * would not print either.
     */
    public static final int MAX_INT_DIGITS = 4_300;
    /** Bits that always fit in {@link #MAX_INT_DIGITS} decimal digits (10^4300 > 2^14284). */
    private static final int MAX_INT_BITS = 14_284;

    private PlainData() {
    }

    /**
     * Whether an int has more than {@link #MAX_INT_DIGITS} decimal digits, decided from its bit
     * length where that suffices: a huge int is never rendered to text just to count its digits.
     */
    public static boolean tooManyDigits(BigInteger big) {
        int bits = big.bitLength();
        return bits > MAX_INT_BITS + 6 // 2^14290 > 10^4301
                || (bits > MAX_INT_BITS && big.abs().toString().length() > MAX_INT_DIGITS);
    }

    /**
     * Normalises a value from JSON (Jackson) or Java code into plain data, so that equal
     * Python values have equal Java representations.
     *
     * @throws IllegalArgumentException for anything that is not plain data
     */
    public static Object normalize(Object value) {
        if (value == null || value instanceof Boolean || value instanceof String || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(normalize(element));
            }
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("dict keys must be strings");
                }
                copy.put(key, normalize(entry.getValue()));
            }
            return copy;
        }
        throw new IllegalArgumentException("not plain data: " + value.getClass().getSimpleName());
    }
}
