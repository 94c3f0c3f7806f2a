package dev.sandcastle.judge.check;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** The recursion shared by the checkers: lists element by element, dicts key by key. */
final class Containers {

    private Containers() {
    }

    /**
     * Compares two lists or two dicts with {@code same} for their elements; null when the pair
     * is not two lists or two dicts, so the caller decides.
     */
    static Boolean compare(Object expected, Object actual, BiPredicate<Object, Object> same) {
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                return false;
            }
            Iterator<?> ie = e.iterator();
            Iterator<?> ia = a.iterator();
            while (ie.hasNext()) {
                if (!same.test(ie.next(), ia.next())) {
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
                if (!a.containsKey(entry.getKey()) || !same.test(entry.getValue(), a.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return null;
    }
}
