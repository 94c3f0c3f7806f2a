package dev.sandcastle.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodeLengthTest {

    @Test
    void blanksAndCommentsDoNotCount() {
        String code = """
                # a comment line
                def add(a, b):   # trailing comment
                    return a + b

                """;
        assertEquals("defadd(a,b):returna+b".length(), CodeLength.of(code));
    }

    @Test
    void hashInsideAStringIsCodeNotAComment() {
        assertEquals("x='# not a comment'".length(), CodeLength.of("x = '# not a comment'"));
    }

    @Test
    void blanksInsideStringsCount() {
        assertEquals("s=\"a b\"".length(), CodeLength.of("s = \"a b\""));
    }

    @Test
    void tripleQuotedStringsKeepTheirContentIncludingQuotesAndHashes() {
        String code = "s = '''it's # \"fine\"\n  ok'''  # end";
        assertEquals("s=".length() + "'''it's # \"fine\"\n  ok'''".length(), CodeLength.of(code));
    }

    @Test
    void escapedQuotesDoNotEndAString() {
        assertEquals("x='a\\'b#c'".length(), CodeLength.of("x = 'a\\'b#c'  # c"));
    }

    @Test
    void lineContinuationsAndTabsAreFormatting() {
        assertEquals("x=1+2".length(), CodeLength.of("x = 1 + \\\n\t2"));
    }

    @Test
    void emptyAndCommentOnlySourcesHaveLengthZero() {
        assertEquals(0, CodeLength.of(""));
        assertEquals(0, CodeLength.of("  # nothing\n\n"));
    }

    @Test
    void windowsLineEndingsEndComments() {
        assertEquals("a=1b=2".length(), CodeLength.of("a = 1 # one\r\nb = 2\r\n"));
    }
}
