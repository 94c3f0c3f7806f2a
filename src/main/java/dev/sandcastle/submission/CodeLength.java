package dev.sandcastle.submission;

/**
 * Code length as the leaderboards count it: characters without comments and whitespace.
 * A line comment starts at a '#' outside a string literal.
 */
public final class CodeLength {

    private CodeLength() {
    }

    public static int of(String code) {
        int count = 0;
        char quote = 0;
        boolean triple = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote == 0) {
                if (c == '#') {
                    while (i < code.length() && code.charAt(i) != '\n') {
                        i++;
                    }
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                    triple = code.startsWith(String.valueOf(c).repeat(3), i);
                    if (triple) {
                        count += 3;
                        i += 2;
                        continue;
                    }
                }
            } else if (c == '\\') {
                count += Math.min(2, code.length() - i);
                i++;
                continue;
            } else if (c == quote && (!triple || code.startsWith(String.valueOf(c).repeat(3), i))) {
                if (triple) {
                    count += 3;
                    i += 2;
                    quote = 0;
                    continue;
                }
                quote = 0;
            }
            if (!Character.isWhitespace(c) || quote != 0 && c != '\n' && c != '\r') {
                count++;
            }
        }
        return count;
    }
}
