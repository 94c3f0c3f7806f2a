package dev.sandcastle.sandbox.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImportHintTest {

    @Test
    void plainFromAndAliasedImportsAreAllNamed() {
        String code = """
                import re, collections as c
                from itertools import permutations
                import os.path
                def f():
                    import heapq
                """;
        assertEquals("import re\nimport collections\nimport itertools\nimport os.path\nimport heapq\n", ImportHint.of(code));
    }

    @Test
    void codeWithoutImportsGivesNothing() {
        assertEquals("", ImportHint.of("def add(a, b):\n    return a + b\n"));
        assertEquals("", ImportHint.of(null));
    }

    @Test
    void nothingButWellFormedNamesReachesTheHint() {
        assertEquals("import re\n", ImportHint.of("import re; print(1)\nfrom . import x\nimport (bad\n"));
        assertEquals("", ImportHint.of("x = 'import'\n"));
    }
}
