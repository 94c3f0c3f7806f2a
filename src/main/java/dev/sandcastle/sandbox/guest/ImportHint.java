package dev.sandcastle.sandbox.guest;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modules a piece of code imports, read from its text as a hint for preparing the next
 * context: only well-formed dotted names go through, as {@code import name} lines that the
 * wall then parses, checks against the policy and imports like a solution's. A wrong hint
 * costs time, never correctness.
 */
final class ImportHint {

    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^[ \\t]*(?:from[ \\t]+([A-Za-z_][\\w.]*)[ \\t]+import\\b|import[ \\t]+([A-Za-z_][\\w. \\t,]*))");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*");
    private static final int MAX_MODULES = 24;

    private ImportHint() {
    }

    /** {@code import a\nimport b.c\n} for the modules the code names, or "" when none. */
    static String of(String code) {
        if (code == null) {
            return "";
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find() && names.size() < MAX_MODULES) {
            if (m.group(1) != null) {
                add(names, m.group(1));
            } else {
                for (String part : m.group(2).split(",")) {
                    add(names, part.trim().split("[ \\t]+")[0]);
                }
            }
        }
        StringBuilder source = new StringBuilder();
        names.stream().limit(MAX_MODULES).forEach(name -> source.append("import ").append(name).append('\n'));
        return source.toString();
    }

    private static void add(Set<String> names, String name) {
        if (NAME.matcher(name).matches()) {
            names.add(name);
        }
    }
}
