package dev.sandcastle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build's unused-import check (ADR 0064): every single-type import of every source file is
 * used in that file (a mention in Javadoc counts, as in Checkstyle's UnusedImports), and no file
 * imports from its own package. Reads the sources, so it needs no plugin and works offline.
 */
class UnusedImportsTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;\\s*$",
            Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void noSourceFileImportsWhatItDoesNotUse() throws IOException {
        List<String> unused = new ArrayList<>();
        for (Path file : sources()) {
            unused.addAll(unusedImports(file.toString(), Files.readString(file)));
        }
        assertEquals(List.of(), unused, "unused or same-package imports");
    }

    @Test
    void theCheckFindsAnUnusedAndASamePackageImport() {
        String source = """
                package a.b;

                import java.util.List;
                import java.util.Map;
                import a.b.Local;
                import static java.util.Objects.requireNonNull;

                /** Uses {@link Map}. */
                class C { Object x = requireNonNull(null); }
                """;
        assertEquals(List.of("C.java: import java.util.List;", "C.java: import a.b.Local;"),
                unusedImports("C.java", source));
    }

    static List<String> unusedImports(String name, String source) {
        Matcher pkg = PACKAGE.matcher(source);
        String ownPackage = pkg.find() ? pkg.group(1) : "";
        String body = PACKAGE.matcher(IMPORT.matcher(source).replaceAll("")).replaceAll("");
        List<String> unused = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            if (m.group(3) != null) {
                continue; // on-demand imports are not checked
            }
            String qualified = m.group(2);
            String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
            boolean samePackage = m.group(1) == null && qualified.substring(0, qualified.lastIndexOf('.')).equals(ownPackage);
            boolean used = Pattern.compile("(?<![\\w$])" + Pattern.quote(simple) + "(?![\\w$])").matcher(body).find();
            if (samePackage || !used) {
                unused.add(name + ": " + m.group().strip());
            }
        }
        return unused;
    }

    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 100, "the sources are found from the project directory: " + files.size());
        return files;
    }
}
