package dev.sandcastle.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.mission.Mission;
import dev.sandcastle.mission.MissionVersion;
import dev.sandcastle.sandbox.Verdict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hidden-test rule of the submission view, on stored data (no database): state carries
 * from one test to the next in a run, so nothing after the first hidden test may show more
 * than a hidden test does, and a Check's totals add up only the public tests shown.
 */
class SubmissionViewsTest {

    private static Submission check(String testsJson, List<StoredTestResult> resultsInRunOrder, Verdict verdict,
            String message, long cpuMs, long statements) {
        Mission mission = new Mission();
        mission.slug = "add-two";
        MissionVersion version = new MissionVersion();
        version.version = 1;
        version.testsJson = testsJson;
        Submission s = new Submission();
        s.id = 1L;
        s.mission = mission;
        s.missionVersion = version;
        s.mode = SubmissionMode.CHECK;
        s.status = SubmissionStatus.DONE;
        s.verdict = verdict;
        s.message = message;
        s.cpuMs = cpuMs;
        s.statements = statements;
        s.createdAt = Instant.EPOCH;
        s.storeResults(resultsInRunOrder);
        return s;
    }

    private static final String PUBLIC_HIDDEN_PUBLIC = """
            [{"args": [1, 2], "expected": 3, "public": true, "category": "basic"},
             {"args": [987654321, 1], "expected": 987654322, "public": false, "category": "big"},
             {"args": [3, 4], "expected": 7, "public": true, "category": "basic"}]""";

    @Test
    void aPublicTestThatRanAfterAHiddenOneShowsNoMoreThanAHiddenOne() {
        // the solution remembered the hidden input and returned it on the next public test
        Submission s = check(PUBLIC_HIDDEN_PUBLIC, List.of(
                new StoredTestResult(0, true, "basic", Verdict.ACCEPTED, 3L, 2L, "", "", 3),
                StoredTestResult.hidden(1, "big", Verdict.ACCEPTED),
                new StoredTestResult(2, true, "basic", Verdict.WRONG_ANSWER, 900L, 987654L, "987654321\n",
                        "expected 7, got 987654321", 987654321)),
                Verdict.WRONG_ANSWER, "test 3: expected 7, got 987654321", 1000, 1_000_000);

        SubmissionViews.Detail detail = SubmissionViews.detail(s, false);

        SubmissionViews.TestView last = detail.tests().get(2);
        assertFalse(last.isPublic());
        assertNull(last.cpuMs());
        assertNull(last.statements());
        assertNull(last.message());
        assertTrue(last.exampleFields().isEmpty());
        assertEquals(Verdict.WRONG_ANSWER.wording(), detail.message());
        assertEquals(3L, detail.cpuMs());
        assertEquals(2L, detail.statements());
        assertFalse(detail.toString().contains("987654"), detail.toString());
    }

    @Test
    void aChecksTotalsAreThoseOfThePublicTestsShown() {
        Submission s = check(PUBLIC_HIDDEN_PUBLIC.replace("\"args\": [3, 4], \"expected\": 7, \"public\": true",
                        "\"args\": [3, 4], \"expected\": 7, \"public\": false"), List.of(
                new StoredTestResult(0, true, "basic", Verdict.ACCEPTED, 3L, 2L, "", "", 3),
                StoredTestResult.hidden(1, "big", Verdict.ACCEPTED),
                StoredTestResult.hidden(2, "basic", Verdict.ACCEPTED)),
                Verdict.ACCEPTED, "All tests passed.", 1234, 56789);

        SubmissionViews.Detail detail = SubmissionViews.detail(s, false);

        assertEquals(3L, detail.cpuMs());
        assertEquals(2L, detail.statements());
        assertEquals(List.of(0, 1, 2), detail.tests().stream().map(SubmissionViews.TestView::index).toList());
    }
}
