package dev.sandcastle.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Seeded generator of hostile JSON payloads: valid, mistyped, truncated, byte-flipped, random
 * bytes, huge, deeply nested, NUL and lone surrogates. A fixed seed makes every failure
 * reproducible; the seed is part of each assertion message.
 */
final class PayloadGenerator {

    private final Random random;

    PayloadGenerator(long seed) {
        this.random = new Random(seed);
    }

    byte[] submissionBody() {
        String object = object(field("code", this::code), field("mode", this::mode), field("extra", this::jsonValue));
        return switch (random.nextInt(10)) {
            case 0, 1 -> mutated(object);
            case 2 -> utf8(jsonValue());
            case 3 -> randomBytes(200);
            default -> utf8(object);
        };
    }

    byte[] registrationBody() {
        String object = object(field("name", () -> quoted(name())),
                field("password", () -> random.nextBoolean() ? quoted(password()) : jsonValue()));
        return random.nextBoolean() ? utf8(object) : mutated(object);
    }

    /**
     * An authoring body (docs/missions.md, "Authoring API") for the mission {@code slug}: the
     * valid package of a small mission with one field replaced by a hostile value, or the whole
     * body truncated, byte-flipped, another JSON value or random bytes. About one in ten is left
     * valid, because a valid package costs a run of the reference in the sandbox.
     */
    byte[] authoringBody(String slug) {
        Map<String, String> fields = validAuthoringFields(slug);
        int roll = random.nextInt(20);
        if (roll < 2) {
            return utf8(object(fields));
        }
        if (roll < 12) {
            String field = pick(fields.keySet().toArray(String[]::new));
            String hostile = hostileAuthoringValue(field);
            if (hostile == null) {
                fields.remove(field);
            } else {
                fields.put(field, hostile);
            }
            return utf8(object(fields));
        }
        return switch (roll) {
            case 12, 13, 14, 15 -> mutated(object(fields));
            case 16 -> utf8(jsonValue());
            case 17 -> randomBytes(300);
            default -> {
                fields.put(pick("slug", "description", "reference", "starter", "status"), quoted(anyString(100)));
                yield utf8(object(fields));
            }
        };
    }

    /** The valid package every authoring body starts from (a DRAFT of triple(n)). */
    static byte[] validAuthoringBody(String slug) {
        return utf8(object(validAuthoringFields(slug)));
    }

    private static Map<String, String> validAuthoringFields(String slug) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", quoted(slug));
        fields.put("mission", "{\"title\": \"Triple\", \"difficulty\": \"EASY\", \"points\": 7, "
                + "\"island\": \"fuzz-island\", \"tags\": [\"fuzz\"], \"entryPoint\": \"triple\", "
                + "\"checker\": {\"type\": \"exact\"}}");
        fields.put("description", quoted("Return three times n."));
        fields.put("reference", quoted("def triple(n):\n    return 3 * n\n"));
        fields.put("starter", quoted("def triple(n):\n    return 0\n"));
        fields.put("tests", "[{\"args\": [1], \"expected\": 3, \"public\": true}, "
                + "{\"args\": [-4], \"expected\": -12, \"public\": false, \"category\": \"edge\"}]");
        fields.put("status", quoted("DRAFT"));
        return fields;
    }

    /** A wrong value for one authoring field, or null to leave the field out. */
    private String hostileAuthoringValue(String field) {
        if (random.nextInt(6) == 0) {
            return random.nextBoolean() ? null : jsonValue();
        }
        return switch (field) {
            case "slug" -> quoted(pick("", "ab", "Upper-Case", "../../etc/passwd", "a".repeat(65), "slug\u0000nul",
                    "-leading-dash", "with space", "émission"));
            case "mission" -> pick(
                    "{}", "[]", "\"mission\"",
                    "{\"title\": \"T\", \"difficulty\": \"IMPOSSIBLE\", \"points\": 7, \"entryPoint\": \"triple\"}",
                    "{\"title\": \"T\", \"difficulty\": \"EASY\", \"points\": \"7\", \"entryPoint\": \"triple\"}",
                    "{\"title\": \"T\", \"difficulty\": \"EASY\", \"points\": -7, \"entryPoint\": \"triple\"}",
                    "{\"title\": \"T\", \"difficulty\": \"EASY\", \"points\": 123456789012345678901234567890, \"entryPoint\": \"triple\"}",
                    "{\"title\": \"T\", \"difficulty\": \"EASY\", \"points\": 7, \"entryPoint\": \"no such function\"}",
                    "{\"title\": \"T\", \"difficulty\": \"EASY\", \"points\": 7, \"entryPoint\": \"triple\", \"checker\": {\"type\": \"psychic\"}}",
                    "{\"title\": \"T\", \"difficulty\": \"EASY\", \"points\": 7, \"entryPoint\": \"triple\", \"checker\": {\"type\": \"custom\"}}",
                    "{\"title\": \"T\", \"difficulty\": \"EASY\", \"points\": 7, \"entryPoint\": \"triple\", \"limits\": {\"cpuMsPerTest\": -1}}",
                    "{\"title\": \"T\", \"difficulty\": \"EASY\", \"points\": 7, \"entryPoint\": \"triple\", \"limits\": {\"wallMs\": 1e300}}",
                    "{\"title\": \"T\", \"difficulty\": \"EASY\", \"points\": 7, \"entryPoint\": \"triple\", \"extraImports\": [\"os\", 5]}",
                    "{\"title\": \"T\", \"difficulty\": \"EASY\", \"points\": 7, \"entryPoint\": \"triple\", \"tags\": [[[]]]}",
                    "{\"title\": \"T\", \"difficulty\": \"EASY\", \"points\": 7, \"entryPoint\": \"triple\", \"generator\": {\"count\": 1000000000}}",
                    "{\"title\": " + quoted(anyString(80)) + ", \"difficulty\": \"EASY\", \"points\": 7, \"entryPoint\": \"triple\"}");
            case "tests" -> pick("[]", "{}", "[1, 2, 3]", "[{\"args\": 1, \"expected\": 3}]",
                    "[{\"args\": [1]}]", "[{\"args\": [1], \"expected\": 4, \"public\": true}]",
                    "[{\"args\": [1, 2, 3], \"expected\": 3, \"public\": true}]",
                    "[{\"args\": [1], \"expected\": 3, \"public\": \"yes\"}]",
                    "[{\"args\": [123456789012345678901234567890], \"expected\": 3, \"public\": true}]",
                    "[{\"args\": [" + "[".repeat(200) + "]".repeat(200) + "], \"expected\": 3, \"public\": true}]",
                    "[" + "{\"args\": [1], \"expected\": 3, \"public\": true},".repeat(300)
                            + "{\"args\": [1], \"expected\": 3, \"public\": true}]");
            case "reference" -> quoted(pick("", "def triple(n) return", "import os\ndef triple(n):\n    return 3 * n\n",
                    "def triple(n):\n    return n\n", "def triple(n):\n    raise ValueError('no')\n",
                    "def other(n):\n    return 3 * n\n", "def triple(n):\n    return 3 * n  # \u0000\n",
                    "x = 1/0\n"));
            case "description", "starter" -> random.nextBoolean() ? quoted(anyString(300))
                    : quoted("x".repeat(200_000 + random.nextInt(200_000)));
            case "status" -> quoted(pick("PUBLISHED", "draft", "", "ARCHIVED", "DRAFT\u0000"));
            default -> jsonValue();
        };
    }

    String slug() {
        return pick("add-two", "half-of", "word-set", "no-such-mission");
    }

    private String code() {
        return switch (random.nextInt(5)) {
            case 0 -> quoted(pick("def add(a, b):\n    return a + b\n", "def half(x):\n    return x / 2\n",
                    "while True: pass", "print('x' * 10**7)", "import os", "def add(a, b) return", "   ", ""));
            case 1 -> quoted(anyString(200));
            case 2 -> quoted(stringOf(50, '\u0000', '\u0001', '\n', '\uD800', '\uFFFF', 'a'));
            case 3 -> quoted("#".repeat(60_000 + random.nextInt(80_000)));
            default -> jsonValue();
        };
    }

    private String mode() {
        return switch (random.nextInt(3)) {
            case 0 -> quoted(pick("run", "check", "RUN", "Check", "walk", "", "run\u0000"));
            case 1 -> quoted(anyString(20));
            default -> jsonValue();
        };
    }

    private String name() {
        return switch (random.nextInt(4)) {
            case 0 -> "fz-" + stringOf(1 + random.nextInt(40), "abcdefghijklmnopqrstuvwxyz".toCharArray());
            case 1 -> anyString(60);
            case 2 -> "";
            default -> "a\u0000b";
        };
    }

    private String password() {
        return switch (random.nextInt(3)) {
            case 0 -> anyString(120);
            case 1 -> "correct horse battery";
            default -> "x".repeat(5000);
        };
    }

    /** Scalars, huge numbers, containers and deep nesting, as JSON text. */
    private String jsonValue() {
        return switch (random.nextInt(5)) {
            case 0 -> pick("null", "true", "false", "0", "-1", "1e999999", "123456789012345678901234567890123456789",
                    "-0.0", "[]", "{}", "[null]", "{\"a\": {\"b\": [1, 2, {\"c\": null}]}}");
            case 1 -> {
                int depth = 1 + random.nextInt(5000);
                yield "[".repeat(depth) + "]".repeat(depth);
            }
            case 2 -> {
                int depth = 1 + random.nextInt(3000);
                yield "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            }
            case 3 -> String.valueOf(random.nextLong());
            default -> String.valueOf(random.nextDouble() * Math.pow(10, random.nextInt(600) - 300));
        };
    }

    /** A field, or nothing (a missing field) one time in four. */
    private String field(String name, Supplier<String> value) {
        return random.nextInt(4) == 0 ? "" : quoted(name) + ": " + value.get();
    }

    private static String object(Map<String, String> fields) {
        List<String> present = new ArrayList<>();
        fields.forEach((name, value) -> present.add(quoted(name) + ": " + value));
        return "{" + String.join(", ", present) + "}";
    }

    private static String object(String... fields) {
        List<String> present = new ArrayList<>();
        for (String field : fields) {
            if (!field.isEmpty()) {
                present.add(field);
            }
        }
        return "{" + String.join(",", present) + "}";
    }

    /** Truncated or byte-flipped: what a broken client or an attacker sends. */
    private byte[] mutated(String json) {
        byte[] bytes = utf8(json);
        if (bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        if (random.nextBoolean()) {
            return Arrays.copyOf(bytes, at);
        }
        byte[] copy = bytes.clone();
        copy[at] = (byte) random.nextInt(256);
        return copy;
    }

    private byte[] randomBytes(int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Any UTF-16 code units, lone surrogates and controls included. */
    private String anyString(int maxLength) {
        char[] chars = new char[random.nextInt(maxLength + 1)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
        }
        return new String(chars);
    }

    private String stringOf(int maxLength, char... alphabet) {
        char[] chars = new char[random.nextInt(maxLength + 1)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(chars);
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
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
