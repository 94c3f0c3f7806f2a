package dev.sandcastle.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A PostgreSQL server left running on our data directory by an earlier run of ours that ended
 * without stopping it (kill -9, OOM killer, a closed terminal, a crash): {@code pg_ctl start}
 * detaches the postmaster from the JVM, so it outlives it. PostgreSQL then refuses a second
 * server on the directory ("lock file postmaster.pid already exists"). Called only while this
 * process holds the {@link DataDirectoryOwner} lock, so no live Sandcastle owns that server:
 * it is stopped cleanly (fast shutdown: SIGINT) before ours starts.
 */
final class LeftoverPostmaster {

    private LeftoverPostmaster() {
    }

    /**
     * Stops a leftover postmaster on {@code dataDirectory}, or removes a {@code postmaster.pid}
     * whose PID now belongs to an unrelated process (PostgreSQL would refuse to start on it).
     */
    static void clear(Path dataDirectory, Duration patience) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException clean) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + pidFile, e);
        }
        long pid = lines.isEmpty() ? -1 : parsePid(lines.getFirst());
        if (pid <= 0 || !running(pid)) {
            return; // a stale file of a dead server: PostgreSQL replaces it itself
        }
        if (!isPostmasterOf(pid, dataDirectory)) {
            log("removing a stale %s: its pid %d now belongs to another program", pidFile, pid);
            deleteQuietly(pidFile);
            return;
        }
        log("PostgreSQL (pid %d) is still running on %s, left behind by an earlier run that did not stop it"
                + " (killed or crashed); stopping it (fast shutdown) before starting ours", pid, dataDirectory);
        long started = System.nanoTime();
        signal(pid, "INT");
        if (!awaitExit(pid, pidFile, patience)) {
            log("PostgreSQL (pid %d) did not stop within %d s; immediate shutdown (it recovers from its WAL on start)",
                    pid, patience.toSeconds());
            signal(pid, "QUIT");
            if (!awaitExit(pid, pidFile, Duration.ofSeconds(10))) {
                throw new IllegalStateException("could not stop the PostgreSQL server (pid " + pid + ") left running on "
                        + dataDirectory + "; stop it by hand (kill " + pid + ") and start again");
            }
        }
        log("stopped the leftover PostgreSQL (pid %d) in %d ms", pid, (System.nanoTime() - started) / 1_000_000);
    }

    private static long parsePid(String line) {
        try {
            return Math.abs(Long.parseLong(line.strip())); // negative: a single-user backend
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Alive and not a zombie (an orphan's parent may be a PID 1 that does not reap). */
    static boolean running(long pid) {
        if (!Files.isDirectory(Path.of("/proc"))) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /** The process is a {@code postgres} started with {@code -D} on this very directory. */
    static boolean isPostmasterOf(long pid, Path dataDirectory) {
        List<String> args;
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            args = List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
        if (args.isEmpty() || !Path.of(args.getFirst()).getFileName().toString().equals("postgres")) {
            return false;
        }
        int d = args.indexOf("-D");
        return d >= 0 && d + 1 < args.size() && Path.of(args.get(d + 1)).toAbsolutePath().normalize().equals(dataDirectory);
    }

    private static boolean awaitExit(long pid, Path pidFile, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!running(pid)) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !running(pid);
    }

    private static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
            kill.getInputStream().transferTo(System.err);
            kill.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("could not signal PostgreSQL (pid " + pid + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + file, e);
        }
    }

    private static void log(String format, Object... args) {
        // runs before logging is configured (config-source time), like EmbeddedDatabase's own line
        System.out.printf("Sandcastle: " + format + "%n", args);
    }
}
