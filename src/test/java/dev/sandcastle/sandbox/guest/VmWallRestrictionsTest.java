package dev.sandcastle.sandbox.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.Map;
import java.util.stream.Stream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every restriction {@code SandboxPolicy.CONSTRAINED} implies, asserted from inside a guest
 * behind the VM wall alone (no Python wall), for the hand-restricted TRUSTED engine the
 * optimizing runtime needs (ADR 0066) and, as the reference, for the CONSTRAINED one. Without
 * the Graal compiler in this JVM the tuned engine runs interpreted, with the same context
 * configuration a worker uses.
 */
class VmWallRestrictionsTest {

    private static GraalGuestExecutor constrained;
    private static GraalGuestExecutor handRestricted;

    /**
     * Each probe prints TRYING, then OPEN if the guest could do it, DENIED when Python saw an
     * error; a host-side refusal (threads, processes, sockets) stops the guest instead, so
     * nothing follows TRYING.
     */
    private static final Map<String, String> PROBES = Map.ofEntries(
            Map.entry("reading a host file", denied("open('/etc/hostname').read()")),
            Map.entry("writing a host file", denied("open('/tmp/sandcastle-vmwall-probe', 'w').write('x')")),
            Map.entry("listing a host directory", denied("import os\nos.listdir('/')")),
            Map.entry("opening a socket", denied("import socket\ns = socket.socket()\ns.connect(('127.0.0.1', 22))")),
            Map.entry("looking up a host class", denied("import java\njava.type('java.lang.System')")),
            Map.entry("host interop without lookup", denied("import polyglot\npolyglot.import_value('java')")),
            Map.entry("evaluating another language", denied("import polyglot\npolyglot.eval(language='js', string='1')")),
            Map.entry("evaluating through polyglot", denied("import polyglot\npolyglot.eval(language='python', string='1')")),
            Map.entry("starting a thread", denied("import _thread\n_thread.start_new_thread(print, ('x',))")),
            Map.entry("starting a threading.Thread", denied("import threading\nt = threading.Thread(target=print)\nt.start()\nt.join()")),
            Map.entry("starting a process", denied("import subprocess\nsubprocess.run(['/bin/true'])")),
            Map.entry("os.system", denied("import os\nif os.system('/bin/true') != 0: raise OSError('no')")),
            Map.entry("forking", denied("import os\nos.fork()")),
            Map.entry("native code (ctypes)", denied("import ctypes\nctypes.CDLL(None).getpid()")),
            Map.entry("reading the environment", "print('TRYING')\nimport os\nprint('DENIED' if not any(k in os.environ for k in ('PATH', 'HOME', 'SANDCASTLE_CANARY_ENV')) else 'OPEN')"),
            Map.entry("reading host system properties", "print('TRYING')\nimport sys\nprint('DENIED' if 'canary-prop' not in repr(sys.flags) + repr(sys.argv) + repr(sys.path) else 'OPEN')"),
            Map.entry("reading stdin", "print('TRYING')\nimport sys\nprint('DENIED' if sys.stdin.read() == '' else 'OPEN')"));

    private static String denied(String attempt) {
        StringBuilder code = new StringBuilder("print('TRYING')\ntry:\n");
        for (String line : attempt.split("\n")) {
            code.append("    ").append(line).append('\n');
        }
        return code.append("    print('OPEN')\nexcept BaseException:\n    print('DENIED')\n").toString();
    }

    @BeforeAll
    static void engines() {
        constrained = new GraalGuestExecutor(true, GuestRuntime.DEFAULT);
        handRestricted = new GraalGuestExecutor(true, GuestRuntime.optimizing());
        // a fresh engine's first context can take longer than a wall limit on a loaded machine
        constrained.warmUp();
        handRestricted.warmUp();
    }

    @AfterAll
    static void close() {
        constrained.close();
        handRestricted.close();
    }

    static Stream<Arguments> probes() {
        return PROBES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(p -> Stream.of(Arguments.of("hand-restricted", p.getKey()), Arguments.of("constrained", p.getKey())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("probes")
    void aGuestBehindTheVmWallAloneIsDenied(String engine, String probe) {
        GraalGuestExecutor executor = engine.equals("constrained") ? constrained : handRestricted;
        String printed = executor.runWithoutPythonWall(PROBES.get(probe)).strip();
        assertTrue(printed.startsWith("TRYING"), probe + ": the probe did not run: " + printed);
        assertTrue(printed.equals("TRYING") || printed.equals("TRYING\nDENIED"), probe + " was not denied: " + printed);
    }

    @Test
    void theHandRestrictedEngineIsNotConstrainedButStillPythonOnly() {
        GuestRuntime runtime = GuestRuntime.optimizing();
        assertTrue(runtime.tuned(), "the optimizing runtime needs options CONSTRAINED refuses");
        try (Engine engine = VmWall.newEngine(runtime)) {
            assertEquals(java.util.Set.of("python"), engine.getLanguages().keySet());
        }
    }

    @Test
    void aGuestCannotExitTheHostProcess() {
        // useSystemExit(false): sys.exit / os._exit end the guest, never this JVM
        assertEquals("", handRestricted.runWithoutPythonWall("import os\nos._exit(3)").strip());
        assertEquals("still here", handRestricted.runWithoutPythonWall("print('still here')").strip());
    }

    @Test
    void printedOutputIsBoundedByTheLimit() {
        String printed = handRestricted.runWithoutPythonWall("while True:\n    print('x' * 1000)");
        assertTrue(printed.length() <= dev.sandcastle.sandbox.Limits.DEFAULTS.outputBytes() + 1000,
                "output must stop at the limit, got " + printed.length() + " chars");
    }

    @Test
    void valuesAreNotSharedBetweenContexts() {
        GuestRuntime runtime = GuestRuntime.optimizing();
        try (Engine engine = VmWall.newEngine(runtime);
                Context one = VmWall.newContext(engine, runtime, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
                Context two = VmWall.newContext(engine, runtime, OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            Value list = one.eval("python", "[1, 2, 3]");
            Value identity = two.eval("python", "lambda x: x");
            assertThrows(RuntimeException.class, () -> identity.execute(list), "a value of one context reached another");
        }
    }
}
