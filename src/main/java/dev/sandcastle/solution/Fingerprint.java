package dev.sandcastle.solution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The copy fingerprint of a Python solution: SHA-256 of its token stream with everything a
 * copier changes for free normalised away (docs/decisions/0061).
 *
 * <p>Python's tokenizer rules, in Java: comments, blank lines, indentation widths, line
 * continuations and line breaks inside brackets are dropped; a block is an INDENT/DEDENT pair
 * whatever its width; {@code ;} ends a statement like a line break; a statement that is only a
 * string (a docstring) is dropped; string literals keep their text but not their quote style;
 * numbers lose their underscores and case. Names the player chose are renamed by first
 * appearance ({@code v1}, {@code v2}, ...), so consistent renaming gives the same fingerprint;
 * keywords, built-in names, attribute names and names in import statements are kept, because
 * {@code sorted(x)} and {@code max(x)} are different programs.
 */
public final class Fingerprint {

    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");
    private static final Set<String> BUILTINS = Set.of(
            "abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr", "complex", "dict",
            "dir", "divmod", "enumerate", "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash",
            "hex", "id", "int", "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next",
            "object", "oct", "ord", "pow", "print", "range", "repr", "reversed", "round", "set", "setattr", "slice",
            "sorted", "str", "sum", "super", "tuple", "type", "zip", "self", "cls", "Exception", "ValueError",
            "TypeError", "KeyError", "IndexError", "StopIteration", "ZeroDivisionError", "NotImplemented");
    private static final String[] OPERATORS = {
            "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=",
            "*=", "/=", "%=", "&=", "|=", "^=", "@="};

    private Fingerprint() {
    }

    private enum Kind { NAME, STRING, NUMBER, OP, NEWLINE, INDENT, DEDENT }

    private record Token(Kind kind, String text) {
    }

    /** The fingerprint (64 hex digits) of the source. Never fails: text that is not Python still gets one. */
    public static String of(String source) {
        List<Token> tokens = statements(tokenize(source));
        Set<String> imported = importedNames(tokens);
        Map<String, String> renamed = new HashMap<>();
        StringBuilder normal = new StringBuilder();
        Token previous = null;
        for (Token token : tokens) {
            String text = switch (token.kind()) {
                case NAME -> {
                    String name = token.text();
                    if (KEYWORDS.contains(name) || BUILTINS.contains(name) || imported.contains(name)) {
                        yield name;
                    }
                    if (previous != null && previous.kind() == Kind.OP && previous.text().equals(".")) {
                        yield "." + name; // an attribute: a method of a library type, usually
                    }
                    yield renamed.computeIfAbsent(name, n -> "v" + (renamed.size() + 1));
                }
                case STRING -> "s" + token.text();
                case NUMBER -> "n" + token.text().replace("_", "").toLowerCase();
                case OP -> token.text();
                case NEWLINE -> "NL";
                case INDENT -> "IN";
                case DEDENT -> "DE";
            };
            normal.append(text).append('\u0001');
            previous = token;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Names of import statements ({@code import a.b}, {@code from a import b}), aliases after {@code as} excluded. */
    private static Set<String> importedNames(List<Token> tokens) {
        Set<String> names = new HashSet<>();
        boolean inImport = false;
        boolean afterAs = false;
        for (Token token : tokens) {
            if (token.kind() == Kind.NEWLINE) {
                inImport = false;
            } else if (token.kind() == Kind.NAME && (token.text().equals("import") || token.text().equals("from"))) {
                inImport = true;
            } else if (inImport && token.kind() == Kind.NAME) {
                if (token.text().equals("as")) {
                    afterAs = true;
                } else {
                    if (!afterAs) {
                        names.add(token.text());
                    }
                    afterAs = false;
                }
            }
        }
        return names;
    }

    /** Drops statements that are only string literals (docstrings and bare strings). */
    private static List<Token> statements(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        List<Token> line = new ArrayList<>();
        for (Token token : tokens) {
            switch (token.kind()) {
                case INDENT, DEDENT -> out.add(token);
                case NEWLINE -> {
                    if (!line.stream().allMatch(t -> t.kind() == Kind.STRING)) {
                        out.addAll(line);
                        out.add(token);
                    }
                    line.clear();
                }
                default -> line.add(token);
            }
        }
        if (!line.isEmpty() && !line.stream().allMatch(t -> t.kind() == Kind.STRING)) {
            out.addAll(line);
            out.add(new Token(Kind.NEWLINE, ""));
        }
        return out;
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        Deque<Integer> indents = new ArrayDeque<>();
        indents.push(0);
        int depth = 0;
        int i = 0;
        int n = s.length();
        boolean lineStart = true;
        while (i < n) {
            if (lineStart && depth == 0) {
                int width = 0;
                int j = i;
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\f')) {
                    width = s.charAt(j) == '\t' ? (width / 8 + 1) * 8 : s.charAt(j) == ' ' ? width + 1 : 0;
                    j++;
                }
                i = j;
                if (i >= n) {
                    break;
                }
                char c = s.charAt(i);
                if (c == '\n' || c == '\r' || c == '#' || (c == '\\' && i + 1 < n && isLineBreak(s.charAt(i + 1)))) {
                    lineStart = c != '\\'; // a blank or comment-only line does not change the indentation
                    if (c == '#') {
                        while (i < n && !isLineBreak(s.charAt(i))) {
                            i++;
                        }
                    } else {
                        i += c == '\\' ? 2 : 1;
                    }
                    continue;
                }
                if (width > indents.peek()) {
                    indents.push(width);
                    tokens.add(new Token(Kind.INDENT, ""));
                } else {
                    while (width < indents.peek()) {
                        indents.pop();
                        tokens.add(new Token(Kind.DEDENT, ""));
                    }
                }
                lineStart = false;
            }
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                if (depth == 0) {
                    addNewline(tokens);
                    lineStart = true;
                }
                i++;
            } else if (c == '#') {
                while (i < n && !isLineBreak(s.charAt(i))) {
                    i++;
                }
            } else if (c == '\\' && i + 1 < n && isLineBreak(s.charAt(i + 1))) {
                i += 2;
                if (i < n && s.charAt(i - 1) == '\r' && s.charAt(i) == '\n') {
                    i++;
                }
            } else if (c == ' ' || c == '\t' || c == '\f') {
                i++;
            } else if (c == '\'' || c == '"') {
                i = string(s, i, "", tokens);
            } else if (Character.isLetter(c) || c == '_' || Character.isUnicodeIdentifierStart(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
                        || Character.isUnicodeIdentifierPart(s.charAt(j)))) {
                    j++;
                }
                String word = s.substring(i, j);
                if (j < n && (s.charAt(j) == '\'' || s.charAt(j) == '"') && word.length() <= 2
                        && word.toLowerCase().matches("[rbuf]{1,2}")) {
                    i = string(s, j, word.toLowerCase(), tokens);
                } else {
                    tokens.add(new Token(Kind.NAME, word));
                    i = j;
                }
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '.'
                        || ((s.charAt(j) == '+' || s.charAt(j) == '-')
                            && (s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E') && !s.substring(i, j).startsWith("0x")))) {
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, s.substring(i, j)));
                i = j;
            } else {
                String op = String.valueOf(c);
                for (String candidate : OPERATORS) {
                    if (s.startsWith(candidate, i)) {
                        op = candidate;
                        break;
                    }
                }
                if (op.equals("(") || op.equals("[") || op.equals("{")) {
                    depth++;
                } else if ((op.equals(")") || op.equals("]") || op.equals("}")) && depth > 0) {
                    depth--;
                }
                if (op.equals(";") && depth == 0) {
                    addNewline(tokens);
                } else {
                    tokens.add(new Token(Kind.OP, op));
                }
                i += op.length();
            }
        }
        addNewline(tokens);
        while (indents.size() > 1) {
            indents.pop();
            tokens.add(new Token(Kind.DEDENT, ""));
        }
        return tokens;
    }

    private static void addNewline(List<Token> tokens) {
        if (!tokens.isEmpty() && tokens.getLast().kind() != Kind.NEWLINE
                && tokens.getLast().kind() != Kind.INDENT && tokens.getLast().kind() != Kind.DEDENT) {
            tokens.add(new Token(Kind.NEWLINE, ""));
        }
    }

    /** Reads the literal whose opening quote is at {@code start}; the token is its prefix and body, quotes dropped. */
    private static int string(String s, int start, String prefix, List<Token> tokens) {
        char quote = s.charAt(start);
        int n = s.length();
        boolean triple = start + 2 < n && s.charAt(start + 1) == quote && s.charAt(start + 2) == quote;
        int bodyStart = start + (triple ? 3 : 1);
        int i = bodyStart;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote && (!triple || (i + 2 < n && s.charAt(i + 1) == quote && s.charAt(i + 2) == quote))) {
                tokens.add(new Token(Kind.STRING, prefix.replace("u", "") + ":" + s.substring(bodyStart, i)));
                return i + (triple ? 3 : 1);
            } else if (!triple && isLineBreak(c)) {
                break; // unterminated: Python rejects it; keep what there is
            } else {
                i++;
            }
        }
        int end = Math.min(i, n);
        tokens.add(new Token(Kind.STRING, prefix + ":" + s.substring(bodyStart, Math.max(bodyStart, end))));
        return end;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
