package dev.sandcastle.judge;

import dev.sandcastle.sandbox.GuestText;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.PlainData;
import dev.sandcastle.sandbox.Verdict;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * What the guest side reports is a claim, never a fact: the Python wall runs in the same
 * context as the player's code and is assumed to fall, and behind it the worker JVM is assumed
 * to be lost too. The grader reads every report through this class, in the host:
 * <ul>
 * <li>a reported verdict can only ever make a test fail: ACCEPTED is decided by the grader's own
 * Java checker against an expected value that never entered the sandbox;</li>
 * <li>a returned value is bounded here again (depth, size, int digits), whatever the guest-side
 * check said, so that storing and showing it costs what the player was charged;</li>
 * <li>text is bounded and made storable (no NUL, no other control characters but newline and tab).</li>
 * </ul>
 */
public final class GuestClaims {

    private GuestClaims() {
    }

    /** A verdict the guest side reported for a test that did not return: kept only if it is a failure. */
    public static Verdict failure(Verdict claimed) {
        return claimed == null || claimed == Verdict.ACCEPTED ? Verdict.POLICY_VIOLATION : claimed;
    }

    /** The message that goes with {@link #failure}: a forged ACCEPTED is named as what it is. */
    public static String failureMessage(Verdict claimed, String message) {
        if (claimed == null || claimed == Verdict.ACCEPTED) {
            return "the program tampered with the sandbox's report";
        }
        return message == null ? claimed.wording() : GuestText.text(message, GuestText.MAX_MESSAGE_CHARS);
    }

    /**
     * Why a returned value cannot be taken as a result, or null when it can: checked in the host
     * with the same limits the guest side applies (size counts 16 bytes a node, a string's
     * characters, an int's bytes).
     */
    public static String resultProblem(Object value, Limits limits) {
        long[] budget = {limits.resultBytes()};
        return problem(value, 0, limits.resultDepth(), budget);
    }

    private static String problem(Object value, int depth, int maxDepth, long[] budget) {
        if (depth > maxDepth) {
            return "the result is nested too deeply";
        }
        budget[0] -= 16;
        switch (value) {
            case null -> { }
            case Boolean b -> { }
            case Long l -> { }
            case Integer i -> { }
            case Double d -> { }
            case BigInteger big -> {
                if (PlainData.tooManyDigits(big)) {
                    return "the result holds an int of more than " + PlainData.MAX_INT_DIGITS + " digits";
                }
                budget[0] -= big.bitLength() / 8;
            }
            case String s -> budget[0] -= s.length();
            case List<?> list -> {
                for (Object element : list) {
                    String inner = problem(element, depth + 1, maxDepth, budget);
                    if (inner != null) {
                        return inner;
                    }
                    if (budget[0] < 0) {
                        break;
                    }
                }
            }
            case Map<?, ?> map -> {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof String key)) {
                        return "dict keys in the result must be str";
                    }
                    budget[0] -= key.length();
                    String inner = problem(entry.getValue(), depth + 1, maxDepth, budget);
                    if (inner != null) {
                        return inner;
                    }
                    if (budget[0] < 0) {
                        break;
                    }
                }
            }
            default -> {
                return "the result must be plain data (None, bool, int, float, str, list, tuple, dict)";
            }
        }
        return budget[0] < 0 ? "the result is too large" : null;
    }

    /** Printed output: already bounded in bytes by the output limit; only NUL, which PostgreSQL cannot store, is replaced. */
    public static String output(String raw) {
        return raw == null || raw.indexOf('\0') < 0 ? raw : raw.replace('\0', '\uFFFD');
    }
}
