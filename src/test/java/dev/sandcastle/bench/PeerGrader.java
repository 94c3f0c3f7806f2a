package dev.sandcastle.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.sandbox.PlainData;
import dev.sandcastle.judge.TestCase;
import dev.sandcastle.sandbox.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

/**
 * The grader Sandcastle is measured against: one fresh {@code python3 -I -S} process per
 * submission with rlimits, tests in as JSON, results out as JSON, compared in the parent.
 */
final class PeerGrader {

    /**
     * The real interpreter, not whatever {@code python3} on the PATH is: a version manager's
     * shim (pyenv here) is a shell script that adds 0.2-1 s to every spawn and would flatter
     * Sandcastle. {@code -Dbench.python=/path} overrides.
     */
    static final String PYTHON = resolvePython();

    private static String resolvePython() {
        String configured = System.getProperty("bench.python");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            Process probe = new ProcessBuilder("python3", "-I", "-S", "-c", "import sys; print(sys.executable)")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String executable = new String(probe.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return probe.waitFor() == 0 && !executable.isEmpty() ? executable : "python3";
        } catch (IOException e) {
            return "python3";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "python3";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path harness;
    private final BiPredicate<Object, Object> sameAnswer;

    PeerGrader(BiPredicate<Object, Object> sameAnswer) throws IOException {
        this.sameAnswer = sameAnswer;
        this.harness = Files.createTempFile("peer-harness", ".py");
        try (InputStream in = PeerGrader.class.getResourceAsStream("/bench/peer_harness.py")) {
            Files.write(harness, in.readAllBytes());
        }
        harness.toFile().deleteOnExit();
    }

    /** Grades one submission; returns ACCEPTED only when every test's value matches. */
    Verdict grade(GradeRequest request) throws IOException, InterruptedException {
        List<List<Object>> inputs = new ArrayList<>();
        for (TestCase test : request.tests()) {
            inputs.add(test.args());
        }
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("code", request.solution());
        job.put("entryPoint", request.entryPoint());
        job.put("tests", inputs);
        job.put("limits", request.limits());
        Process process = new ProcessBuilder(PYTHON, "-I", "-S", harness.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(JSON.writeValueAsBytes(job));
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(request.limits().wallMs(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return Verdict.TIME_LIMIT_EXCEEDED;
        }
        if (process.exitValue() != 0) {
            return process.exitValue() == 137 || process.exitValue() == 152
                    ? Verdict.TIME_LIMIT_EXCEEDED : Verdict.RUNTIME_ERROR;
        }
        Map<?, ?> report = JSON.readValue(new String(output, StandardCharsets.UTF_8), Map.class);
        List<?> results = (List<?>) report.get("results");
        for (int i = 0; i < request.tests().size(); i++) {
            Map<?, ?> result = (Map<?, ?>) results.get(i);
            if (!Boolean.TRUE.equals(result.get("ok"))) {
                return Verdict.RUNTIME_ERROR;
            }
            Object actual = PlainData.normalize(result.get("value"));
            if (!sameAnswer.test(request.tests().get(i).expected(), actual)) {
                return Verdict.WRONG_ANSWER;
            }
        }
        return Verdict.ACCEPTED;
    }
}
