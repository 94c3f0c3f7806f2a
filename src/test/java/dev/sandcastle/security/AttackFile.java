package dev.sandcastle.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.PlainData;
import dev.sandcastle.judge.TestCase;
import dev.sandcastle.sandbox.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One attack (or benign) file: Python source with a header of {@code # key: value} comment
 * lines. The format is described in {@link PythonWallAttackTest}; the worker harness reuses
 * this parser.
 */
public record AttackFile(
        String name, String source, Set<Verdict> expected, String about, boolean needsWorker, boolean grade,
        String entryPoint, List<TestCase> tests, long cpuMsPerTest) {

    /**
     * The harness's limits, with the file's {@code # cpu-ms-per-test:} when it has one: a
     * memory bomb that grows slowly in the interpreter gets CPU enough to meet its memory
     * limit, so that its test checks the memory wall rather than racing two limits.
     */
    public Limits limits(Limits base) {
        if (cpuMsPerTest <= 0) {
            return base;
        }
        return new Limits(cpuMsPerTest, Math.max(base.cpuMsPerSubmission(), cpuMsPerTest), base.wallMs(), base.memoryBytes(),
                base.outputBytes(), base.codeBytes(), base.resultBytes(), base.resultDepth(), base.recursionDepth());
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every {@code *.py} file under a classpath directory (e.g. "attacks"), sorted by name. */
    public static List<AttackFile> load(String resourceDir) {
        URL url = AttackFile.class.getClassLoader().getResource(resourceDir);
        if (url == null) {
            throw new IllegalStateException("no resource directory " + resourceDir);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<AttackFile> all = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                all.add(parse(file.getFileName().toString(), Files.readString(file)));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static AttackFile parse(String name, String source) throws IOException {
        Set<Verdict> expected = EnumSet.noneOf(Verdict.class);
        String about = "";
        boolean worker = false;
        boolean grade = false;
        String entry = "solve";
        long cpuMsPerTest = 0;
        List<TestCase> tests = new ArrayList<>();
        for (String line : source.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            String body = line.substring(1).strip();
            int colon = body.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = body.substring(0, colon).strip();
            String value = body.substring(colon + 1).strip();
            switch (key) {
                case "expect" -> {
                    for (String v : value.split("\\|")) {
                        expected.add(Verdict.valueOf(v.strip()));
                    }
                }
                case "about" -> about = value;
                case "needs" -> worker = value.equals("worker");
                case "mode" -> grade = value.equals("grade");
                case "entry" -> entry = value;
                case "cpu-ms-per-test" -> cpuMsPerTest = Long.parseLong(value);
                case "test" -> {
                    String[] parts = value.split("=>", 2);
                    List<?> args = JSON.readValue(parts[0].strip(), List.class);
                    Object answer = PlainData.normalize(JSON.readValue(parts[1].strip(), Object.class));
                    @SuppressWarnings("unchecked")
                    List<Object> plainArgs = (List<Object>) PlainData.normalize(args);
                    tests.add(new TestCase(plainArgs, answer, true, "attack"));
                }
                default -> {
                    // other comment lines are free text
                }
            }
        }
        if (expected.isEmpty()) {
            throw new IllegalArgumentException(name + " has no '# expect:' line");
        }
        if (grade && tests.isEmpty()) {
            throw new IllegalArgumentException(name + " is in grade mode but has no '# test:' line");
        }
        return new AttackFile(name, source, Set.copyOf(expected), about, worker, grade, entry, List.copyOf(tests), cpuMsPerTest);
    }

    @Override
    public String toString() {
        return name;
    }
}
