package dev.sandcastle.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stops the embedded PostgreSQL when this JVM dies without stopping it (kill -9, OOM killer).
 * zonky starts the server with {@code pg_ctl start}, which detaches the postmaster from us, so
 * neither a parent-death signal nor a wrapper around its start applies. Instead a tiny shell
 * process reads a pipe whose only writer is this JVM: the kernel closes that pipe when the JVM
 * exits however it exits, the shell then reads end-of-file and, if {@code postmaster.pid} still
 * names the server we started, sends it SIGINT (PostgreSQL's fast shutdown). After a clean stop
 * the pid file is gone and the shell just exits. The shell ignores SIGINT/SIGTERM/SIGHUP, so a
 * Ctrl-C or a group signal does not make it stop the server while the application still drains.
 */
final class PostmasterWatchdog {

    private static final String SCRIPT = """
            trap '' INT TERM HUP
            while IFS= read -r _; do :; done
            if [ "$(head -n 1 "$1" 2>/dev/null)" = "$2" ]; then
              echo "Sandcastle watchdog: the application is gone without stopping PostgreSQL (pid $2); fast shutdown" >&2
              kill -INT "$2"
            fi
            """;

    /** Held for the life of the JVM: if it were collected, its pipe would close and stop the server. */
    private static Process watchdog;

    private PostmasterWatchdog() {
    }

    static synchronized void watch(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            String pid = Files.readAllLines(pidFile, StandardCharsets.UTF_8).getFirst().strip();
            watchdog = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "sandcastle-postgres-watchdog", pidFile.toString(), pid)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException | RuntimeException e) {
            // not fatal: a leftover server is still found and stopped at the next start
            System.err.println("Sandcastle: could not start the PostgreSQL watchdog (" + e + "); a crash of this"
                    + " process would leave PostgreSQL running until the next start stops it");
        }
    }
}
