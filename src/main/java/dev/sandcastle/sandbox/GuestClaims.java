package dev.sandcastle.sandbox;

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

    /**
     * Digits of the largest int a result may hold: CPython's own default for converting an int
     * to text ({@code sys.set_int_max_str_digits}), so a result we cannot show is one CPython
     * would not print either.
     */
    public static final int MAX_INT_DIGITS = 4_300;
    /** Bits that always fit in {@link #MAX_INT_DIGITS} decimal digits (10^4300 > 2^14284). */
    private static final int MAX_INT_BITS = 14_284;
    /** Characters of one message (an exception's text, a policy explanation) kept for the player. */
    public static final int MAX_MESSAGE_CHARS = 1_000;

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
        return message == null ? claimed.wording() : text(message, MAX_MESSAGE_CHARS);
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
                if (tooManyDigits(big)) {
                    return "the result holds an int of more than " + MAX_INT_DIGITS + " digits";
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
     * Text the guest produced, made safe to store and show: at most {@code maxChars} characters
     * (the cut is marked), NUL and the other control characters but newline, carriage return and
     * tab replaced by U+FFFD (PostgreSQL text cannot hold NUL; a terminal should not get escapes).
     */
    public static String text(String raw, int maxChars) {
        if (raw == null) {
            return null;
        }
        boolean cut = raw.length() > maxChars;
        String kept = cut ? raw.substring(0, maxChars) : raw;
        StringBuilder clean = null;
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f;
            if (control && clean == null) {
                clean = new StringBuilder(kept.length()).append(kept, 0, i);
            }
            if (clean != null) {
                clean.append(control ? '\uFFFD' : c);
            }
        }
        String result = clean == null ? kept : clean.toString();
        return cut ? result + " [... cut at " + maxChars + " characters]" : result;
    }

    /** Printed output: already bounded in bytes by the output limit; only NUL, which PostgreSQL cannot store, is replaced. */
    public static String output(String raw) {
        return raw == null || raw.indexOf('\0') < 0 ? raw : raw.replace('\0', '\uFFFD');
    }
}
