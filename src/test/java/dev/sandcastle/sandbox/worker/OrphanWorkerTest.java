package dev.sandcastle.sandbox.worker;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A grader killed with SIGKILL cannot close its workers, and workers run in a session of their
 * own, so no signal to the grader's group reaches them either. They must end by themselves: a
 * worker watches its parent and exits once it is re-parented. The supervisor here is a shell
 * that keeps the worker's stdin open (so the pipe's end is not what stops it) and is killed.
 */
class OrphanWorkerTest {

    @Test
    void aWorkerWhoseSupervisorIsKilledWithSigkillExitsOnItsOwn() throws Exception {
        WorkerLauncher launcher = new WorkerLauncher(WorkerSandboxTestSupport.config(1), true, List.of());
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "\"$@\" 0<&0 >/dev/null 2>&1 & echo $!; wait", "sh"));
        command.addAll(launcher.command());
        Process supervisor = new ProcessBuilder(command).start();
        long worker = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(supervisor.getInputStream()))) {
            worker = Long.parseLong(out.readLine().trim());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!isWorkerJvm(worker) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(isWorkerJvm(worker), "the worker JVM started under the shell");
            Thread.sleep(1_000); // let it get past JVM start-up into main, where the watch begins
            assertTrue(running(worker), "the worker runs until its supervisor dies");

            // SIGKILL, as kill -9 of a grader; not Process.destroyForcibly, which would also close the
            // worker's stdin pipe here (a worker reads stdin only once ready, so that is the slow path)
            ProcessHandle.of(supervisor.pid()).orElseThrow().destroyForcibly();
            supervisor.waitFor();
            deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (running(worker) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertFalse(running(worker), "the orphaned worker " + worker + " still runs 5 s after its supervisor died");
        } finally {
            supervisor.destroyForcibly();
            if (worker > 0) {
                ProcessHandle.of(worker).ifPresent(ProcessHandle::destroyForcibly); // only if the test failed
            }
        }
    }

    /** The pid runs java itself by now, not the shell or a confinement tool that will exec it. */
    private static boolean isWorkerJvm(long pid) {
        try {
            String[] words = Files.readString(Path.of("/proc/" + pid + "/cmdline")).split("\0");
            return words[0].endsWith("/java") && List.of(words).contains(WorkerMain.class.getName());
        } catch (IOException e) {
            return false;
        }
    }

    /** Alive and not a zombie waiting for whoever adopted it to reap it. */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException gone) {
            return false;
        }
    }
}
