package dev.sandcastle.sandbox;

/** Text the guest produced, bounded and made storable before it leaves the sandbox or the judge. */
public final class GuestText {

    /** Characters of one message (an exception's text, a policy explanation) kept for the player. */
    public static final int MAX_MESSAGE_CHARS = 1_000;

    private GuestText() {
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
}
