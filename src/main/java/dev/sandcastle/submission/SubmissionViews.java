package dev.sandcastle.submission;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sandcastle.mission.MissionTest;
import dev.sandcastle.sandbox.Verdict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a player sees of a submission. Built only from stored results (hidden tests stored
 * as index, category and verdict) plus the public tests of the mission version, so a hidden
 * test's input, answer, output or message cannot appear here.
 */
public final class SubmissionViews {

    private SubmissionViews() {
    }

    /** The submission with its per-test results. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(
            long id, String mission, int missionVersion, SubmissionMode mode, SubmissionStatus status,
            Verdict verdict, String message, Integer score, List<TestView> tests, Long cpuMs, Long statements,
            int codeLength, String code, Instant createdAt, Instant gradedAt) {
    }

    /** One line of a player's submission history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(
            long id, String mission, SubmissionMode mode, SubmissionStatus status, Verdict verdict, Integer score,
            Instant createdAt, Instant gradedAt) {

        static Summary of(Submission s) {
            return new Summary(s.id, s.mission.slug, s.mode, s.status, s.verdict, s.score, s.createdAt, s.gradedAt);
        }
    }

    /**
     * One test's outcome. Public tests add {@code args}, {@code expected}, {@code actual} and
     * {@code stdout} (present even when null: a function may return None); hidden tests have
     * none of these, and no per-test timing either.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TestView(
            int index, @JsonProperty("public") boolean isPublic, String category, Verdict verdict, Long cpuMs,
            Long statements, String message, @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> example) {

        @JsonAnyGetter
        public Map<String, Object> exampleFields() {
            return example;
        }
    }

    /**
     * The rule for hidden tests (docs/security.md, ADR 0053): nothing shown may depend on a
     * hidden test's input beyond its verdict. So a hidden test shows index, category and
     * verdict only; a Check's totals ({@code cpuMs}, {@code statements}) add up the public
     * tests shown, not the whole run (the exact run totals stay server-side and rank the
     * fastest board); and since state carries from one test to the next in one run, a public
     * test that ran after a hidden one is shown like a hidden one (results are stored in the
     * order they ran).
     */
    static Detail detail(Submission s, boolean withCode) {
        List<TestView> tests = new ArrayList<>();
        List<MissionTest> missionTests = s.status == SubmissionStatus.DONE ? s.missionVersion.tests() : List.of();
        boolean afterHidden = false;
        boolean shadowed = false;
        long publicCpuMs = 0;
        long publicStatements = 0;
        boolean statementsMeasured = true;
        for (StoredTestResult r : s.results()) {
            boolean shownPublic = r.isPublic() && r.index() < missionTests.size() && missionTests.get(r.index()).isPublic();
            if (!shownPublic || afterHidden) {
                afterHidden |= !shownPublic;
                shadowed |= shownPublic;
                tests.add(new TestView(r.index(), false, r.category(), r.verdict(), null, null, null, Map.of()));
                continue;
            }
            MissionTest test = missionTests.get(r.index());
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("args", test.args());
            example.put("expected", test.expected());
            example.put("actual", r.actual());
            example.put("stdout", r.stdout() == null ? "" : r.stdout());
            // results stored before V41 carry -1 for "not measured"
            Long statements = r.statements() != null && r.statements() < 0 ? null : r.statements();
            publicCpuMs += r.cpuMs() == null ? 0 : r.cpuMs();
            statementsMeasured &= statements != null;
            publicStatements += statements == null ? 0 : statements;
            tests.add(new TestView(r.index(), true, r.category(), r.verdict(), r.cpuMs(), statements,
                    r.message(), example));
        }
        tests.sort(java.util.Comparator.comparingInt(TestView::index));
        Long cpuMs = s.cpuMs;
        Long statements = s.statements;
        String message = s.message;
        if (s.mode == SubmissionMode.CHECK && s.status == SubmissionStatus.DONE && !tests.isEmpty()) {
            cpuMs = publicCpuMs;
            statements = statementsMeasured ? publicStatements : null;
            if (shadowed && s.verdict != null && s.verdict != Verdict.ACCEPTED) {
                message = s.verdict.wording(); // it may quote a shadowed public test's actual value
            }
        }
        return new Detail(s.id, s.mission.slug, s.missionVersion.version, s.mode, s.status, s.verdict, message,
                s.score, s.status == SubmissionStatus.DONE ? tests : null, cpuMs, statements, s.codeLength,
                withCode ? s.code : null, s.createdAt, s.gradedAt);
    }
}
