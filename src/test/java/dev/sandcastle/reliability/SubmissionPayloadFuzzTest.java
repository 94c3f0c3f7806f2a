package dev.sandcastle.reliability;

import dev.sandcastle.player.TestPlayers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: whatever bytes arrive as a submission or a registration, the answer is never a 5xx,
 * every 4xx is problem JSON, and a rejected request stores nothing (an accepted one exactly one row).
 * jqwik's generators drive a plain loop because jqwik's engine cannot run a {@code @QuarkusTest}.
 */
@QuarkusTest
class SubmissionPayloadFuzzTest {

    private static final int SAMPLES = 80;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void noSubmissionPayloadCausesAServerErrorOrAStrayRow() throws Exception {
        TestPlayers.Login player = TestPlayers.register("fuzzer");
        List<byte[]> bodies = submissionBodies().sampleStream().limit(SAMPLES).toList();
        int accepted = 0;
        for (byte[] body : bodies) {
            Map<String, Long> before = RowCounts.of(dataSource);
            Response response = player.request().contentType("application/json").body(body)
                    .post("/api/missions/" + slugs().sample() + "/submissions").andReturn();
            Map<String, Long> after = RowCounts.of(dataSource);
            String shown = new String(body, StandardCharsets.UTF_8);
            shown = shown.length() > 300 ? shown.substring(0, 300) + "..." : shown;
            assertTrue(response.statusCode() < 500, response.statusCode() + " for " + shown + ": " + response.asString());
            if (response.statusCode() == 202) {
                accepted++;
                assertEquals(before.get("submissions") + 1, after.get("submissions"), "one row for " + shown);
            } else {
                Problems.assertProblem(response, response.statusCode());
                assertEquals(before, after, "a rejected payload changed the database: " + shown);
            }
        }
        System.out.printf("fuzz: %d submission payloads, %d accepted%n", bodies.size(), accepted);
    }

    @Test
    void noRegistrationPayloadCausesAServerErrorOrAStrayRow() throws Exception {
        List<byte[]> bodies = registrationBodies().sampleStream().limit(SAMPLES).toList();
        for (byte[] body : bodies) {
            Map<String, Long> before = RowCounts.of(dataSource);
            Response response = io.restassured.RestAssured.given().contentType("application/json").body(body)
                    .post("/api/players").andReturn();
            Map<String, Long> after = RowCounts.of(dataSource);
            String shown = new String(body, StandardCharsets.UTF_8);
            assertTrue(response.statusCode() < 500, response.statusCode() + " for " + shown + ": " + response.asString());
            if (response.statusCode() == 201) {
                assertEquals(before.get("players") + 1, after.get("players"), "one player for " + shown);
            } else {
                Problems.assertProblem(response, response.statusCode());
                assertEquals(before, after, "a rejected registration changed the database: " + shown);
            }
        }
    }

    static Arbitrary<String> slugs() {
        return Arbitraries.of("add-two", "half-of", "word-set", "no-such-mission");
    }

    static Arbitrary<byte[]> submissionBodies() {
        Arbitrary<String> object = Combinators.combine(fieldOrAbsent("code", codes()), fieldOrAbsent("mode", modes()),
                        fieldOrAbsent("extra", jsonValues()))
                .as((code, mode, extra) -> "{" + String.join(",", List.of(code, mode, extra).stream().filter(s -> !s.isEmpty()).toList()) + "}");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, object.map(SubmissionPayloadFuzzTest::utf8)),
                net.jqwik.api.Tuple.of(2, object.flatMap(SubmissionPayloadFuzzTest::mutated)),
                net.jqwik.api.Tuple.of(1, jsonValues().map(SubmissionPayloadFuzzTest::utf8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(200)));
    }

    static Arbitrary<byte[]> registrationBodies() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(40).map(n -> "fz-" + n),
                Arbitraries.strings().all().ofMaxLength(60), Arbitraries.just(""), Arbitraries.just("a\u0000b"));
        Arbitrary<String> passwords = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.just("correct horse battery"), Arbitraries.just("x".repeat(5000)));
        Arbitrary<String> object = Combinators.combine(fieldOrAbsent("name", names.map(SubmissionPayloadFuzzTest::quoted)), fieldOrAbsent("password", Arbitraries.oneOf(passwords.map(SubmissionPayloadFuzzTest::quoted), jsonValues())))
                .as((n, p) -> "{" + String.join(",", List.of(n, p).stream().filter(s -> !s.isEmpty()).toList()) + "}");
        return Arbitraries.oneOf(object.map(SubmissionPayloadFuzzTest::utf8), object.flatMap(SubmissionPayloadFuzzTest::mutated));
    }

    static Arbitrary<String> codes() {
        return Arbitraries.oneOf(
                Arbitraries.of("def add(a, b):\n    return a + b\n", "def half(x):\n    return x / 2\n",
                        "while True: pass", "print('x' * 10**7)", "import os", "def add(a, b) return", "   ", "")
                        .map(SubmissionPayloadFuzzTest::quoted),
                Arbitraries.strings().all().ofMaxLength(200).map(SubmissionPayloadFuzzTest::quoted),
                Arbitraries.strings().withChars('\u0000', '\u0001', '\n', '\uD800', '\uFFFF', 'a').ofMaxLength(50)
                        .map(SubmissionPayloadFuzzTest::quoted),
                Arbitraries.integers().between(60_000, 140_000).map(n -> quoted("#".repeat(n))),
                jsonValues());
    }

    static Arbitrary<String> modes() {
        return Arbitraries.oneOf(Arbitraries.of("run", "check", "RUN", "Check", "walk", "", "run\u0000").map(SubmissionPayloadFuzzTest::quoted),
                Arbitraries.strings().all().ofMaxLength(20).map(SubmissionPayloadFuzzTest::quoted), jsonValues());
    }

    /** Scalars, huge numbers, containers and deep nesting, as JSON text. */
    static Arbitrary<String> jsonValues() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1e999999", "123456789012345678901234567890123456789",
                        "-0.0", "[]", "{}", "[null]", "{\"a\": {\"b\": [1, 2, {\"c\": null}]}}"),
                Arbitraries.integers().between(1, 5000).map(d -> "[".repeat(d) + "]".repeat(d)),
                Arbitraries.integers().between(1, 3000).map(d -> "{\"a\":".repeat(d) + "1" + "}".repeat(d)),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf));
    }

    static Arbitrary<String> fieldOrAbsent(String name, Arbitrary<String> value) {
        return Arbitraries.oneOf(value.map(v -> quoted(name) + ": " + v), value.map(v -> quoted(name) + ": " + v),
                value.map(v -> quoted(name) + ": " + v), Arbitraries.just(""));
    }

    /** Truncated, byte-flipped or spliced with raw bytes: what a broken client or an attacker sends. */
    static Arbitrary<byte[]> mutated(String json) {
        byte[] bytes = utf8(json);
        if (bytes.length == 0) {
            return Arbitraries.just(bytes);
        }
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, bytes.length - 1).map(n -> java.util.Arrays.copyOf(bytes, n)),
                Combinators.combine(Arbitraries.integers().between(0, bytes.length - 1), Arbitraries.bytes()).as((at, b) -> {
                    byte[] copy = bytes.clone();
                    copy[at] = b;
                    return copy;
                }));
    }

    static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
