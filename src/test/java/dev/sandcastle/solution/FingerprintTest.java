package dev.sandcastle.solution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintTest {

    static final String ORIGINAL = """
            def digital_root(n):
                while n >= 10:
                    n = sum(int(d) for d in str(n))
                return n
            """;

    @Test
    void renamingReformattingAndCommentingGiveTheSameFingerprint() {
        String disguised = """
                # my very own solution
                def digital_root(number) :
                        \"\"\"Repeatedly add the digits.\"\"\"
                        while number>=10 :   # until one digit


                                number = sum( int(digit)
                                              for digit in str(number) )
                        return number
                """;
        assertEquals(Fingerprint.of(ORIGINAL), Fingerprint.of(disguised));
        assertEquals(64, Fingerprint.of(ORIGINAL).length());
    }

    @Test
    void semicolonsTabsBackslashesAndQuoteStylesAreFormatting() {
        String a = "def f(a, b):\n    x = 'hi'\n    y = 1_000\n    return x * (a + b) + str(y)\n";
        String b = "def f(p, q):\n\tx = \"hi\"; y = 1000\n\treturn x * \\\n\t\t(p + q) + str(y)\n";
        assertEquals(Fingerprint.of(a), Fingerprint.of(b));
    }

    @Test
    void aDifferentProgramHasADifferentFingerprint() {
        String other = ORIGINAL.replace("sum(", "max(");
        assertNotEquals(Fingerprint.of(ORIGINAL), Fingerprint.of(other), "built-ins are not renamed");
        assertNotEquals(Fingerprint.of(ORIGINAL), Fingerprint.of(ORIGINAL.replace("10", "9")), "numbers count");
        assertNotEquals(Fingerprint.of("def f(a, b):\n    return a - b\n"), Fingerprint.of("def f(a, b):\n    return b - a\n"),
                "swapping operands is another program");
        assertNotEquals(Fingerprint.of("def f(s):\n    return s.upper()\n"), Fingerprint.of("def f(s):\n    return s.lower()\n"),
                "attribute names are kept");
        assertNotEquals(Fingerprint.of("def f(s):\n    return s + 'a'\n"), Fingerprint.of("def f(s):\n    return s + 'b'\n"),
                "string literals count");
    }

    @Test
    void indentationDecidesWhichBlockAStatementIsIn() {
        String inside = "def f(xs):\n    t = 0\n    for x in xs:\n        t += x\n        t *= 2\n    return t\n";
        String after = "def f(xs):\n    t = 0\n    for x in xs:\n        t += x\n    t *= 2\n    return t\n";
        assertNotEquals(Fingerprint.of(inside), Fingerprint.of(after));
    }

    @Test
    void importedNamesAreKeptButAliasesAreNot() {
        String sqrt = "from math import sqrt\ndef f(x):\n    return sqrt(x)\n";
        String floor = "from math import floor\ndef f(x):\n    return floor(x)\n";
        assertNotEquals(Fingerprint.of(sqrt), Fingerprint.of(floor));
        assertEquals(Fingerprint.of("import math as m\ndef f(x):\n    return m.sqrt(x)\n"),
                Fingerprint.of("import math as mm\ndef f(y):\n    return mm.sqrt(y)\n"));
    }

    @Test
    void textThatIsNotPythonStillGetsAFingerprint() {
        for (String odd : new String[] {"", "'''unterminated", "\"open\n", "((((", "\\", "\t\t\n  \n", "\u00e9t\u00e9 = 1\u00a0"}) {
            assertTrue(Fingerprint.of(odd).matches("[0-9a-f]{64}"), odd);
        }
    }
}
