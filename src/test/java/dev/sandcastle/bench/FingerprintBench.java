package dev.sandcastle.bench;

import dev.sandcastle.submission.CodeLength;
import dev.sandcastle.solution.Fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a copy fingerprint costs (docs/decisions/0061): Fingerprint.of over the pack's reference
 * solutions and over a 64 KiB source (the default code-size limit), next to CodeLength.of (the
 * character loop every submission already pays) on the same inputs in the same JVM, so the
 * ratio survives a loaded machine. Prints microseconds per call after warm-up.
 *
 * <pre>
 * ./mvnw -q test-compile
 * $JAVA_HOME/bin/java -cp target/test-classes:target/classes dev.sandcastle.bench.FingerprintBench
 * </pre>
 */
public final class FingerprintBench {

    private FingerprintBench() {
    }

    public static void main(String[] args) throws IOException {
        List<String> codes = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Path.of("missions"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                codes.add(Files.readString(dir.resolve("reference.py")));
            }
        }
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 64 * 1024; i++) {
            big.append(codes.get(i % codes.size()));
        }
        String source64k = big.substring(0, 64 * 1024);
        for (int warm = 0; warm < 2_000; warm++) {
            for (String code : codes) {
                Fingerprint.of(code);
                CodeLength.of(code);
            }
        }
        int n = 20_000;
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Fingerprint.of(codes.get(i % codes.size()));
        }
        double fingerprint = (System.nanoTime() - t) / 1e3 / n;
        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            CodeLength.of(codes.get(i % codes.size()));
        }
        double codeLength = (System.nanoTime() - t) / 1e3 / n;
        int m = 200;
        t = System.nanoTime();
        for (int i = 0; i < m; i++) {
            Fingerprint.of(source64k);
        }
        double fingerprint64k = (System.nanoTime() - t) / 1e3 / m;
        double chars = codes.stream().mapToInt(String::length).average().orElse(0);
        System.out.printf("pack references (%d, %.0f characters on average): Fingerprint.of %.1f us, CodeLength.of %.1f us%n",
                codes.size(), chars, fingerprint, codeLength);
        System.out.printf("64 KiB source: Fingerprint.of %.0f us%n", fingerprint64k);
    }
}
