package dev.sandcastle.submission;

/**
 * The "shortest" metric: characters of a Python solution without comments and blank space.
 *
 * <p>Follows Python's tokenizer closely enough for golf rankings: {@code #} starts a comment
 * only outside string literals; single, double and triple-quoted strings (any prefix:
 * r, b, f, u, combinations) are kept verbatim, including the blanks inside them, because they
 * are part of the program's meaning; every whitespace character and backslash line
 * continuation outside strings is dropped. Known approximation: nested quotes of the same kind
 * inside f-string replacement fields (new in Python 3.12) end the literal early; the count is
 * then off by a few blanks, never by the code itself.
 */
public final class CodeLength {
    private CodeLength() {
    }

    public static int of(String source) {
        int count = 0;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '#') {
                while (i < n && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                int end = endOfString(source, i);
                count += end - i;
                i = end;
            } else if (c == '\\' && i + 1 < n && (source.charAt(i + 1) == '\n' || source.charAt(i + 1) == '\r')) {
                i++; // line continuation: formatting, not code
            } else if (Character.isWhitespace(c) || c == '\f') {
                i++;
            } else {
                count++;
                i++;
            }
        }
        return count;
    }

    /** Index just past the string literal whose opening quote is at {@code start}. */
    private static int endOfString(String s, int start) {
        char quote = s.charAt(start);
        int n = s.length();
        boolean triple = start + 2 < n && s.charAt(start + 1) == quote && s.charAt(start + 2) == quote;
        int i = start + (triple ? 3 : 1);
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2; // an escaped character never closes the literal (in raw strings either)
            } else if (c == quote) {
                if (!triple) {
                    return i + 1;
                }
                if (i + 2 < n && s.charAt(i + 1) == quote && s.charAt(i + 2) == quote) {
                    return i + 3;
                }
                i++;
            } else if (!triple && (c == '\n' || c == '\r')) {
                return i; // unterminated single-line literal: Python rejects it; stop counting it here
            } else {
                i++;
            }
        }
        return n;
    }
}
