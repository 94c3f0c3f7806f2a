package dev.sandcastle.judge.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExactCheckerTest {

    @Test
    void trueIsNotOne() {
        assertFalse(ExactChecker.equal(1L, true));
        assertFalse(ExactChecker.equal(true, 1L));
        assertTrue(ExactChecker.equal(true, true));
    }

    @Test
    void oneIsNotOnePointZero() {
        assertFalse(ExactChecker.equal(1L, 1.0));
        assertFalse(ExactChecker.equal(1.0, 1L));
        assertTrue(ExactChecker.equal(1.0, 1.0));
    }

    @Test
    void bigAndSmallIntegersCompareByValue() {
        assertTrue(ExactChecker.equal(BigInteger.valueOf(5), 5L));
        assertTrue(ExactChecker.equal(BigInteger.TEN.pow(30), BigInteger.TEN.pow(30)));
        assertFalse(ExactChecker.equal(BigInteger.TEN.pow(30), Long.MAX_VALUE));
    }

    @Test
    void listsCompareElementByElementAndTuplesArriveAsLists() {
        assertTrue(ExactChecker.equal(List.of(1L, "a", List.of(2.5)), List.of(1L, "a", List.of(2.5))));
        assertFalse(ExactChecker.equal(List.of(1L, 2L), List.of(2L, 1L)));
        assertFalse(ExactChecker.equal(List.of(1L), List.of(1L, 1L)));
        assertFalse(ExactChecker.equal(List.of(1L), List.of(true)));
    }

    @Test
    void dictsCompareByKeysAndValuesInAnyOrder() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("x", 1L);
        a.put("y", null);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("y", null);
        b.put("x", 1L);
        assertTrue(ExactChecker.equal(a, b));
        b.put("x", 1.0);
        assertFalse(ExactChecker.equal(a, b));
    }

    @Test
    void noneOnlyEqualsNone() {
        assertTrue(ExactChecker.equal(null, null));
        assertFalse(ExactChecker.equal(null, 0L));
        assertFalse(ExactChecker.equal(Arrays.asList((Object) null), List.of("None")));
    }

    @Test
    void nanEqualsNanButNotAnythingElse() {
        assertTrue(ExactChecker.equal(Double.NaN, Double.NaN));
        assertFalse(ExactChecker.equal(Double.NaN, 0.0));
    }
}
