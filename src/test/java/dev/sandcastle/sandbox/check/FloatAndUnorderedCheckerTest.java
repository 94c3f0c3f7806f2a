package dev.sandcastle.sandbox.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
