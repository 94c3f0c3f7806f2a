package dev.sandcastle.sandbox.worker;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The operating-system confinement the host allows for worker JVMs, detected once at start-up
 * by trying each tool on a harmless command:
 * <ul>
 * <li>{@code setsid}: a session and process group of its own, so a signal sent to the
 * supervisor's group (Ctrl-C in a terminal, {@code kill -- -pgid}) does not kill a worker in
 * the middle of a job (the supervisor decides what happens to its jobs) and a guest has no
 * controlling terminal. Workers still end with the supervisor: it kills them on close, and a
 * worker whose supervisor died exits on its own ({@code WorkerMain} watches its parent);</li>
 * <li>{@code unshare --net --ipc}: a network namespace with no interfaces but a down loopback,
 * and a private System V IPC namespace; as root on Linux 5.8+ also a mount namespace with a
 * proc instance of its own mounted {@code hidepid=invisible}, so a worker (which runs as
 * another uid) sees no other process: not the supervisor's command line, not another worker;</li>
 * <li>{@code prlimit}: no core files, no file writes, bounded open files and processes;</li>
 * <li>{@code setpriv} (only when the supervisor runs as root): an unprivileged uid/gid with no
 * supplementary groups and no way to regain privileges. The worker must then be able to read
 * its classpath; when it cannot (e.g. jars under {@code /root/.m2}), the classpath is staged
 * into a world-readable directory first.</li>
 * </ul>
 * Each tool execs the next, so the worker JVM keeps the pid the supervisor started and a kill
 * reaches it directly. Whatever is missing is skipped and the rest still applies.
 *
 * @param prefix      command words placed before {@code java}
 * @param active      human-readable names of the confinements in force
 * @param classpath   the classpath the worker must use (staged when the uid drop needs it)
 * @param dropsUid    true when workers run under {@link #UNPRIVILEGED_UID}
 */
record Confinement(List<String> prefix, List<String> active, List<String> classpath, boolean dropsUid) {

    private static final System.Logger LOG = System.getLogger(Confinement.class.getName());

    static final int UNPRIVILEGED_UID = 65534;
    static final int MAX_OPEN_FILES = 4096;
    static final int MAX_PROCESSES = 4096;

    /** Named in {@link #active()} when the worker sees no process but its own uid's. */
    static final String HIDDEN_PROCESSES = "private /proc (hidepid: no other user's processes)";

    /**
     * Run by /bin/sh inside the new mount namespace: mounts a proc instance of its own that
     * hides the processes of other users (the supervisor's command line carries system
     * properties), then execs the rest of the chain in the same pid, through {@code env -i}
 * so that the shell's own variables (PWD) do not reach the worker's empty environment.
     */
    private static final String MOUNT_OWN_PROC =
            "mount -t proc -o nosuid,nodev,noexec,hidepid=invisible proc /proc && exec /usr/bin/env -i \"$0\" \"$@\"";

    /**
     * hidepid is per proc mount only since Linux 5.8; before that the option would apply to
     * the host's /proc as well, so it is used on 5.8 and later only, and only as root.
     */
    private static boolean procHidingSupported() {
        if (!isRoot()) {
            return false;
        }
        String[] version = System.getProperty("os.version", "0.0").split("[.-]");
        try {
            int major = Integer.parseInt(version[0]);
            int minor = version.length > 1 ? Integer.parseInt(version[1]) : 0;
            return major > 5 || (major == 5 && minor >= 8);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static Confinement none(List<String> classpath) {
        return new Confinement(List.of(), List.of(), classpath, false);
    }

    static Confinement detect(List<String> classpath, String javaBinary) {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return none(classpath);
        }
        List<String> prefix = new ArrayList<>();
        List<String> active = new ArrayList<>();
        String setsid = tool("setsid");
        if (setsid != null && keepsPid(List.of(setsid, "/bin/sh", "-c", "echo $$"))) {
            prefix.addAll(List.of(setsid, "--"));
            active.add("own session (no group signals, no terminal)");
        }
        String unshare = tool("unshare");
        if (unshare != null && succeeds(List.of(unshare, "--net", "--ipc", "true"))) {
            List<String> hideProcesses = List.of(unshare, "--net", "--ipc", "--mount", "--propagation", "private", "--",
                    "/bin/sh", "-c", MOUNT_OWN_PROC);
            if (procHidingSupported() && keepsPid(concat(hideProcesses, List.of("/bin/sh", "-c", "echo $$")))) {
                prefix.addAll(hideProcesses);
                active.add("network namespace (no network)");
                active.add("ipc namespace");
                active.add(HIDDEN_PROCESSES);
            } else {
                prefix.addAll(List.of(unshare, "--net", "--ipc", "--"));
                active.add("network namespace (no network)");
                active.add("ipc namespace");
            }
        }
        String prlimit = tool("prlimit");
        List<String> limits = List.of("--core=0", "--fsize=0", "--nofile=" + MAX_OPEN_FILES, "--nproc=" + MAX_PROCESSES);
        List<String> probe = new ArrayList<>();
        if (prlimit != null) {
            probe.add(prlimit);
            probe.addAll(limits);
            probe.add("true");
        }
        if (prlimit != null && succeeds(probe)) {
            prefix.add(prlimit);
            prefix.addAll(limits);
            prefix.add("--");
            active.add("rlimits (core=0, fsize=0, nofile=" + MAX_OPEN_FILES + ", nproc=" + MAX_PROCESSES + ")");
        }
        String setpriv = tool("setpriv");
        List<String> dropUid = setpriv == null ? List.of() : List.of(setpriv,
                "--reuid=" + UNPRIVILEGED_UID, "--regid=" + UNPRIVILEGED_UID, "--clear-groups", "--no-new-privs");
        boolean dropsUid = false;
        List<String> usableClasspath = classpath;
        if (setpriv != null && isRoot() && succeeds(concat(dropUid, List.of("true")))) {
            if (!readableBy(dropUid, classpath, javaBinary)) {
                usableClasspath = stage(classpath);
            }
            if (usableClasspath != null && readableBy(dropUid, usableClasspath, javaBinary)) {
                prefix.addAll(dropUid);
                prefix.add("--");
                active.add("unprivileged uid " + UNPRIVILEGED_UID + " (no groups, no new privileges)");
                dropsUid = true;
            } else {
                LOG.log(Level.WARNING, "setpriv works but the worker classpath is not readable by uid {0}; workers keep the supervisor uid",
                        UNPRIVILEGED_UID);
                usableClasspath = classpath;
            }
        }
        return new Confinement(List.copyOf(prefix), List.copyOf(active), usableClasspath, dropsUid);
    }

    private static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer value && value == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String tool(String name) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path path = Path.of(dir, name);
            if (Files.isExecutable(path)) {
                return path.toString();
            }
        }
        return null;
    }

    private static boolean succeeds(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().clear();
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether the command (ending in a shell that prints its pid) runs in the process the
     * supervisor started: setsid forks when its caller leads a process group, and a forked
     * worker would escape the supervisor's kill and exit watch.
     */
    private static boolean keepsPid(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().clear();
            Process process = builder.start();
            String printed = new String(process.getInputStream().readAllBytes()).trim();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0 && printed.equals(String.valueOf(process.pid()));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the unprivileged uid can read every classpath entry and run java. */
    private static boolean readableBy(List<String> dropUid, List<String> classpath, String javaBinary) {
        List<String> command = new ArrayList<>(dropUid);
        command.addAll(List.of("/bin/sh", "-c",
                "[ -x \"$0\" ] || exit 1; for f in \"$@\"; do [ -r \"$f\" ] || exit 1; done", javaBinary));
        command.addAll(classpath);
        return succeeds(command);
    }

    /**
     * Links (or copies) the classpath into a world-readable, root-owned directory under the
     * temp dir, keyed by a digest of the entries, so concurrent supervisors share one copy.
     *
     * @return the staged classpath, or null when staging failed
     */
    static List<String> stage(List<String> classpath) {
        try {
            Path root = Path.of(System.getProperty("java.io.tmpdir"), "sandcastle-worker-classpath");
            Files.createDirectories(root);
            setMode(root, "rwxr-xr-x");
            Path target = root.resolve(digest(classpath));
            if (!Files.exists(target.resolve(".complete"))) {
                Path work = Files.createTempDirectory(root, "staging-");
                for (int i = 0; i < classpath.size(); i++) {
                    Path source = Path.of(classpath.get(i));
                    Path copy = work.resolve(i + "-" + source.getFileName());
                    if (Files.isDirectory(source)) {
                        copyTree(source, copy);
                    } else if (Files.exists(source)) {
                        try {
                            Files.createLink(copy, source);
                        } catch (IOException | UnsupportedOperationException e) {
                            Files.copy(source, copy);
                        }
                    }
                }
                makeReadable(work);
                Files.createFile(work.resolve(".complete"));
                try {
                    Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    deleteTree(work); // another supervisor staged the same classpath first
                }
            }
            List<String> staged = new ArrayList<>();
            for (int i = 0; i < classpath.size(); i++) {
                Path copy = target.resolve(i + "-" + Path.of(classpath.get(i)).getFileName());
                if (Files.exists(copy)) {
                    staged.add(copy.toString());
                }
            }
            LOG.log(Level.INFO, "staged the worker classpath ({0} entries) in {1}", staged.size(), target);
            return staged;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not stage the worker classpath: {0}", e.toString());
            return null;
        }
    }

    private static String digest(List<String> classpath) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String entry : classpath) {
                Path path = Path.of(entry);
                sha.update(entry.getBytes());
                if (Files.isDirectory(path)) {
                    try (var files = Files.walk(path)) {
                        for (Path file : files.sorted().toList()) {
                            sha.update((file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis()).getBytes());
                        }
                    }
                } else if (Files.exists(path)) {
                    sha.update((Files.size(path) + ":" + Files.getLastModifiedTime(path).toMillis()).getBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (var files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void makeReadable(Path tree) throws IOException {
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                setMode(dir, "rwxr-xr-x");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                // Linked jars share their inode with the original: only add read bits, never write.
                var mode = Files.getPosixFilePermissions(file);
                mode.addAll(PosixFilePermissions.fromString("r--r--r--"));
                Files.setPosixFilePermissions(file, mode);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void setMode(Path path, String mode) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }

    private static void deleteTree(Path tree) {
        try (var files = Files.walk(tree)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
