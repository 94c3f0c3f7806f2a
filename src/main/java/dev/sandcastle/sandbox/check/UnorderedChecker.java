package dev.sandcastle.sandbox.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-level list compared as a multiset: same elements, same counts, any order. Elements
 * compare with {@link ExactChecker}. Quadratic, which is fine for the result sizes the
 * limits allow.
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
        List<Object> remaining = new ArrayList<>(a);
        for (Object wanted : e) {
            boolean found = false;
            for (int i = 0; i < remaining.size(); i++) {
                if (ExactChecker.equal(wanted, remaining.get(i))) {
                    remaining.remove(i);
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
