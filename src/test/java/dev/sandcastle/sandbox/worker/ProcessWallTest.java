package dev.sandcastle.sandbox.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The process wall as if the VM wall had fallen: a shell, not a sandboxed JVM, runs under the
 * exact confinement prefix a worker gets, with all the freedom a guest that broke out of
 * GraalPy would have, and must still see no other process and no network.
 */
class ProcessWallTest {

    private static String runConfined(String script) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Confinement confinement = Confinement.detect(List.of(System.getProperty("java.class.path").split(":")), java);
        List<String> command = new ArrayList<>(confinement.prefix());
        command.addAll(List.of("/bin/sh", "-c", script));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return out;
    }

    private static boolean rootOnLinux() throws IOException {
        return System.getProperty("os.name").toLowerCase().contains("linux")
                && Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }

    @Test
    void asRootOnLinuxTheWorkerGetsAProcOfItsOwn() throws IOException {
        assumeTrue(rootOnLinux(), "the uid drop and the proc mount need root");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Confinement confinement = Confinement.detect(List.of(System.getProperty("java.class.path").split(":")), java);
        assertTrue(confinement.active().contains(Confinement.HIDDEN_PROCESSES), confinement.active().toString());
    }

    @Test
    void aBrokenOutGuestSeesNeitherTheSupervisorNorAnyProcessOfAnotherUser() throws Exception {
        assumeTrue(rootOnLinux(), "the uid drop and the proc mount need root");
        long supervisor = ProcessHandle.current().pid();
        String out = runConfined("echo \"me=$(id -u)\"; for p in /proc/[0-9]*; do stat -c 'owner=%u' $p 2>/dev/null; done;"
                + " cat /proc/" + supervisor + "/cmdline 2>/dev/null && echo SAW-SUPERVISOR;"
                + " cat /proc/1/cmdline 2>/dev/null && echo SAW-INIT; echo done");
        assertTrue(out.contains("done"), out);
        assertFalse(out.contains("SAW-SUPERVISOR"), out);
        assertFalse(out.contains("SAW-INIT"), out);
        String me = out.lines().filter(l -> l.startsWith("me=")).findFirst().orElseThrow().substring(3);
        assertEquals(String.valueOf(Confinement.UNPRIVILEGED_UID), me);
        // workers share one uid: they may see each other (docs/decisions/0001), never anyone else
        assertTrue(out.lines().filter(l -> l.startsWith("owner=")).allMatch(l -> l.equals("owner=" + me)), out);
    }

    @Test
    void theHostsOwnProcIsUnchangedByAWorkersMount() throws Exception {
        assumeTrue(rootOnLinux(), "the uid drop and the proc mount need root");
        runConfined("true");
        String mounts = Files.readString(Path.of("/proc/self/mountinfo"));
        assertFalse(mounts.lines().anyMatch(l -> l.contains(" /proc ") && l.contains("hidepid")), mounts);
    }

    @Test
    void aWorkerReadsItsParentFromItsOwnProcEntry() {
        assertEquals(ProcessHandle.current().parent().orElseThrow().pid(), WorkerMain.parentPid());
    }
}
