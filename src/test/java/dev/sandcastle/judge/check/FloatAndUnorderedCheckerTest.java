package dev.sandcastle.judge.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloatAndUnorderedCheckerTest {

    @Test
    void floatsWithinAbsoluteToleranceMatch() {
        assertTrue(FloatChecker.close(1.0, 1.0 + 1e-10, 1e-9, 0));
        assertFalse(FloatChecker.close(1.0, 1.0 + 1e-6, 1e-9, 0));
    }

    @Test
    void floatsWithinRelativeToleranceMatch() {
        assertTrue(FloatChecker.close(1e12, 1e12 + 1, 0, 1e-9));
        assertFalse(FloatChecker.close(1e12, 1e12 + 1e5, 0, 1e-9));
    }

    @Test
    void toleranceAppliesInsideListsAndDicts() {
        assertTrue(FloatChecker.close(List.of(0.1, Map.of("k", 0.3)), List.of(0.1 + 1e-12, Map.of("k", 0.30000000004)), 1e-9, 0));
        assertFalse(FloatChecker.close(List.of(0.1, 0.2), List.of(0.1), 1e-9, 0));
    }

    @Test
    void intsStandForFloatsButBooleansNeverDo() {
        assertTrue(FloatChecker.close(2.0, 2L, 1e-9, 0));
        assertFalse(FloatChecker.close(1.0, true, 1e-9, 0));
        assertFalse(FloatChecker.close("1.0", 1.0, 1e-9, 0));
    }

    @Test
    void nanAndInfinityNeedTheSameValue() {
        assertTrue(FloatChecker.close(Double.NaN, Double.NaN, 1e-9, 0));
        assertFalse(FloatChecker.close(Double.POSITIVE_INFINITY, 1e308, 1e-9, 1e-9));
        assertTrue(FloatChecker.close(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-9, 0));
    }

    @Test
    void unorderedAcceptsAnyPermutationWithTheSameCounts() {
        assertTrue(UnorderedChecker.sameElements(List.of(1L, 2L, 2L, 3L), List.of(2L, 3L, 2L, 1L)));
        assertFalse(UnorderedChecker.sameElements(List.of(1L, 2L, 2L), List.of(1L, 1L, 2L)));
        assertFalse(UnorderedChecker.sameElements(List.of(1L, 2L), List.of(1L, 2L, 3L)));
    }

    @Test
    void unorderedStaysTypedForElements() {
        assertFalse(UnorderedChecker.sameElements(List.of(1L, 2L), List.of(true, 2L)));
        assertTrue(UnorderedChecker.sameElements(List.of(List.of(1L, 2L), "a"), List.of("a", List.of(1L, 2L))));
        assertFalse(UnorderedChecker.sameElements(List.of(List.of(1L, 2L)), List.of(List.of(2L, 1L))));
    }

    @Test
    void hugeIntsAreComparedExactlyNotAsInfinityOrOneDouble() {
        BigInteger big = BigInteger.TEN.pow(400);
        assertFalse(FloatChecker.close(big, big.add(BigInteger.ONE).multiply(BigInteger.TWO), 1e-9, 0));
        assertFalse(FloatChecker.close(big, big.negate(), 1e-9, 1e-9));
        assertTrue(FloatChecker.close(big, big, 0, 0));
        // above 2^53 a double cannot tell n from n + 1; the checker can
        long n = (1L << 60) + 1;
        assertFalse(FloatChecker.close(n, n + 1, 0.5, 0));
        assertTrue(FloatChecker.close(n, n + 1, 1, 0));
        assertFalse(FloatChecker.close(big, Double.POSITIVE_INFINITY, 1e-9, 1e-9));
        assertTrue(FloatChecker.close(big, big.add(BigInteger.TEN.pow(380)), 0, 1e-9));
    }

    @Test
    void unorderedMatchesMixedKindsAndEqualValuesOfDifferentJavaTypes() {
        assertTrue(UnorderedChecker.sameElements(
                List.of(BigInteger.valueOf(5), 0.0, Double.NaN, Map.of("a", 1L, "b", List.of()), "x", List.of()),
                List.of(List.of(), "x", Map.of("b", List.of(), "a", 1L), Double.NaN, -0.0, 5L)));
        assertFalse(UnorderedChecker.sameElements(List.of(1L, 1.0), List.of(1.0, 1.0)));
        assertFalse(UnorderedChecker.sameElements(List.of(Map.of("a", 1L)), List.of(Map.of("a", 2L))));
    }

    @Test
    void unorderedHandlesAQuarterMillionElementsAsAMultiset() {
        // a quadratic comparison would take minutes here; sorting both sides takes milliseconds
        Random random = new Random(7);
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < 250_000; i++) {
            expected.add(random.nextInt(1000) < 500 ? (Object) (long) random.nextInt(50_000) : "s" + random.nextInt(50_000));
        }
        List<Object> actual = new ArrayList<>(expected);
        Collections.shuffle(actual, random);
        assertTrue(UnorderedChecker.sameElements(expected, actual));
        actual.set(0, actual.get(0) instanceof Long l ? (Object) (l + 50_000) : "t");
        assertFalse(UnorderedChecker.sameElements(expected, actual));
    }
}
