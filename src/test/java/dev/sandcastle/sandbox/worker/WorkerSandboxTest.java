package dev.sandcastle.sandbox.worker;

import dev.sandcastle.judge.Judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sandcastle.judge.Checker;
import dev.sandcastle.judge.GradeReport;
import dev.sandcastle.judge.GradeRequest;
import dev.sandcastle.sandbox.Limits;
import dev.sandcastle.sandbox.Policy;
import dev.sandcastle.sandbox.RunResult;
import dev.sandcastle.judge.TestCase;
import dev.sandcastle.sandbox.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end through real worker JVMs running the real GraalPy executor; one pool for the class. */
class WorkerSandboxTest {

    static WorkerSandbox sandbox;

    static final String SQUARE = "def square(x):\n    return x * x\n";

    @BeforeAll
    static void startPool() {
        sandbox = new WorkerSandbox(WorkerSandboxTestSupport.config(2));
    }

    @AfterAll
    static void stopPool() {
        sandbox.close();
    }

    static GradeRequest squares(String solution, Limits limits) {
        List<TestCase> tests = new ArrayList<>();
        for (long i = 0; i < 10; i++) {
            tests.add(new TestCase(List.of(i), i * i, i < 2, "basic"));
        }
        return new GradeRequest(solution, "square", tests, Checker.EXACT, limits, Policy.DEFAULT);
    }

    @Test
    void aCorrectSolutionIsAcceptedThroughAWorker() {
        GradeReport report = Judge.grade(sandbox, squares(SQUARE, Limits.DEFAULTS));
        assertEquals(Verdict.ACCEPTED, report.verdict(), report.message());
        assertEquals(10, report.tests().size());
        assertEquals(1L, report.tests().get(1).actual());
        assertNull(report.tests().get(5).actual(), "hidden tests carry no actual value");
        // statements executed, counted in the worker and carried over the wire: the def, then one return per test
        for (var test : report.tests()) {
            assertEquals(1L, test.statements());
        }
        assertEquals(1L + 10, report.statements());
    }

    @Test
    void aWrongSolutionGetsWrongAnswer() {
        GradeReport report = Judge.grade(sandbox, squares("def square(x):\n    return x + x\n", Limits.DEFAULTS));
        assertEquals(Verdict.WRONG_ANSWER, report.verdict());
    }

    @Test
    void aSnippetRunsAndPrints() {
        RunResult result = sandbox.run("print('hi', 6 * 7)", Limits.DEFAULTS, Policy.DEFAULT);
        assertEquals(Verdict.ACCEPTED, result.verdict(), result.message());
        assertEquals("hi 42\n", result.stdout());
    }

    @Test
    void aGuestThatIgnoresCancellationIsKilledWithinWallPlusGraceAndThePoolRecovers() {
        Limits tight = new Limits(60_000, 60_000, 1_500, 256L << 20, 64 << 10, 64 << 10, 1 << 20, 32, 3_000);
        long started = System.nanoTime();
        GradeReport report = Judge.grade(sandbox, squares("def square(x):\n    return sum(range(10**11))\n", tight));
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(Verdict.TIME_LIMIT_EXCEEDED, report.verdict(), report.message());
        long bound = tight.wallMs() + WorkerSandboxTestSupport.GRACE.toMillis() + 1_000;
        assertTrue(tookMs < bound, "took " + tookMs + " ms, bound " + bound);
        assertEquals(Verdict.ACCEPTED, Judge.grade(sandbox, squares(SQUARE, Limits.DEFAULTS)).verdict());
    }

    @Test
    void aKilledWorkerIsReplacedAndTheNextJobSucceeds() throws Exception {
        awaitIdleWorkers(2); // an earlier test may have left replacements starting
        List<Long> before = sandbox.workerPids();
        long victim = before.getFirst();
        long killedAt = System.nanoTime();
        ProcessHandle.of(victim).orElseThrow().destroyForcibly();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline
                && (sandbox.workerPids().contains(victim) || sandbox.players().idleCount() < 2)) {
            Thread.sleep(20);
        }
        long replacedMs = (System.nanoTime() - killedAt) / 1_000_000;
        System.out.println("killed worker replaced and idle after " + replacedMs + " ms");
        assertFalse(sandbox.workerPids().contains(victim));
        assertEquals(2, sandbox.workerPids().size());
        assertEquals(Verdict.ACCEPTED, Judge.grade(sandbox, squares(SQUARE, Limits.DEFAULTS)).verdict());
    }

    @Test
    void aWorkerThatStopsAnsweringWhileIdleIsReplacedAndTheJobGoesToAnother() throws Exception {
        awaitIdleWorkers(2);
        long frozen = sandbox.players().idlePids().getFirst();
        Process stop = new ProcessBuilder("kill", "-STOP", String.valueOf(frozen)).start();
        assertEquals(0, stop.waitFor());
        GradeReport report = Judge.grade(sandbox, squares(SQUARE, Limits.DEFAULTS));
        assertEquals(Verdict.ACCEPTED, report.verdict(), report.message());
        assertFalse(sandbox.workerPids().contains(frozen), "the frozen worker was retired");
        assertTrue(ProcessHandle.of(frozen).map(ph -> !ph.isAlive()).orElse(true) || waitGone(frozen), "and killed");
    }

    private static boolean waitGone(long pid) throws InterruptedException {
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(20);
        }
        return ProcessHandle.of(pid).map(ph -> !ph.isAlive()).orElse(true);
    }

    private static void awaitIdleWorkers(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (sandbox.players().idleCount() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void twoBombsAndTwoGoodSolutionsGradedAtOnceLeaveTheGoodOnesAccepted() throws Exception {
        String listBomb = "def square(x):\n    a = []\n    while True:\n        a.append([x] * 100_000)\n";
        String hugeList = "def square(x):\n    return len([x] * 10**9)\n";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<GradeReport> bomb1 = pool.submit(() -> Judge.grade(sandbox, squares(listBomb, Limits.DEFAULTS)));
            Future<GradeReport> good1 = pool.submit(() -> Judge.grade(sandbox, squares(SQUARE, Limits.DEFAULTS)));
            Future<GradeReport> bomb2 = pool.submit(() -> Judge.grade(sandbox, squares(hugeList, Limits.DEFAULTS)));
            Future<GradeReport> good2 = pool.submit(() -> Judge.grade(sandbox, squares(SQUARE, Limits.DEFAULTS)));
            assertEquals(Verdict.ACCEPTED, good1.get().verdict(), good1.get().message());
            assertEquals(Verdict.ACCEPTED, good2.get().verdict(), good2.get().message());
            assertEquals(Verdict.MEMORY_LIMIT_EXCEEDED, bomb1.get().verdict(), bomb1.get().message());
            assertEquals(Verdict.MEMORY_LIMIT_EXCEEDED, bomb2.get().verdict(), bomb2.get().message());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWorkerWhoseGuestHitTheMemoryLimitIsKeptWhenItsHeapComesBack() throws Exception {
        awaitIdleWorkers(2);
        List<Long> before = List.copyOf(sandbox.workerPids());
        Map<Retirement, Long> retiredBefore = sandbox.retirements();
        long recoveriesBefore = sandbox.heapRecoveries();
        // chunks of 100,000 slots: 8 MB chunks could fill the 768 MB heap between two polls of
        // the watchdog now and then (2-4 % of bombs, ADR 0058), and this test is about the
        // heap coming back, not about that race
        String chunks = "def square(x):\n    a = []\n    while True:\n        a.append([x] * 100_000)\n";
        GradeReport bomb = Judge.grade(sandbox, squares(chunks, Limits.DEFAULTS));
        assertEquals(Verdict.MEMORY_LIMIT_EXCEEDED, bomb.verdict(), bomb.message());
        // the worker collected its heap, got it back to its baseline and went back to work
        assertEquals(retiredBefore, sandbox.retirements(), "no worker was retired");
        assertEquals(recoveriesBefore + 1, sandbox.heapRecoveries());
        assertEquals(Set.copyOf(before), Set.copyOf(sandbox.workerPids()));
        for (int i = 0; i < 2; i++) {
            GradeReport good = Judge.grade(sandbox, squares(SQUARE, Limits.DEFAULTS));
            assertEquals(Verdict.ACCEPTED, good.verdict(), good.message());
        }
    }

    @Test
    void aCustomCheckerSeesTheAnswerOnAWorkerThatNeverRanPlayerCode() {
        String checker = "def check(args, expected, actual):\n    return actual == expected, 'compared ' + str(args[0])\n";
        List<TestCase> tests = List.of(new TestCase(List.of(3L), 9L, true, "basic"), new TestCase(List.of(4L), 16L, false, "edge"));
        GradeReport report = Judge.grade(sandbox, new GradeRequest(SQUARE, "square", tests, Checker.custom(checker), Limits.DEFAULTS, Policy.DEFAULT));
        assertEquals(Verdict.ACCEPTED, report.verdict(), report.message());
        assertEquals("compared 3", report.tests().getFirst().message());
        WorkerPool checkers = sandbox.checkers();
        assertTrue(checkers != null && !checkers.pids().isEmpty());
        for (long pid : checkers.pids()) {
            assertFalse(sandbox.workerPids().contains(pid), "checker and player workers are distinct processes");
        }
    }

    @Test
    void workersRunUnprivilegedWithoutNetworkWhenTheHostAllowsIt() throws IOException, InterruptedException {
        awaitIdleWorkers(1);
        List<String> confinements = sandbox.status().confinements();
        assertTrue(sandbox.status().ready());
        long pid = sandbox.workerPids().getFirst();
        if (confinements.stream().anyMatch(c -> c.startsWith("unprivileged uid"))) {
            String status = Files.readString(Path.of("/proc/" + pid + "/status"));
            String uidLine = status.lines().filter(l -> l.startsWith("Uid:")).findFirst().orElseThrow();
            assertFalse(uidLine.matches("Uid:\\s+0\\b.*"), uidLine);
            assertTrue(uidLine.contains(String.valueOf(Confinement.UNPRIVILEGED_UID)), uidLine);
        }
        if (confinements.stream().anyMatch(c -> c.startsWith("network namespace"))) {
            assertNotEquals(Files.readSymbolicLink(Path.of("/proc/self/ns/net")),
                    Files.readSymbolicLink(Path.of("/proc/" + pid + "/ns/net")));
        }
        if (confinements.stream().anyMatch(c -> c.startsWith("rlimits"))) {
            String limits = Files.readString(Path.of("/proc/" + pid + "/limits"));
            assertTrue(limits.lines().anyMatch(l -> l.startsWith("Max core file size") && l.contains(" 0 ")), limits);
        }
        if (confinements.stream().anyMatch(c -> c.startsWith("own session"))) {
            // a signal to the supervisor's process group (Ctrl-C, kill -- -pgid) does not reach the worker
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            assertEquals(String.valueOf(pid), fields[2], "the worker leads its own process group");
            assertEquals(String.valueOf(pid), fields[3], "and its own session");
        }
        String environ = Files.readString(Path.of("/proc/" + pid + "/environ"));
        assertEquals("", environ, "workers start with an empty environment");
    }
}
