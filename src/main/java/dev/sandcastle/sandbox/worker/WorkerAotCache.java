package dev.sandcastle.sandbox.worker;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An ahead-of-time cache (JDK 25, JEP 483/514/515) of a worker JVM's loaded and linked classes
 * and method profiles: it cuts a worker's start (engine, first context, self-test) by about
 * two seconds of CPU, which every replacement of a killed worker pays. See ADR 0050.
 *
 * <p>The cache is trained once per JDK and classpath by a trusted run of the worker's own
 * warm-up (no guest code), in the background, and used by workers started after it exists.
 * It is written by the supervisor's uid and only read by workers, like the GraalPy resource
 * cache: a worker cannot plant code for the next one. The JVM only accepts an AOT cache when
 * the classpath is made of jar files, so workers run from class directories (tests, dev mode)
 * go without.
 */
final class WorkerAotCache {

    private static final System.Logger LOG = System.getLogger(WorkerAotCache.class.getName());
    /** Switch for operators: -Dsandcastle.worker.aotCache=false starts every worker cold. */
    static final String ENABLED_PROPERTY = "sandcastle.worker.aotCache";

    private final Path file;
    private final AtomicBoolean training = new AtomicBoolean();

    private WorkerAotCache(Path file) {
        this.file = file;
    }

    /** The cache for this JDK and classpath, if the JVM can use one. */
    static Optional<WorkerAotCache> forWorkers(Path javaHome, int featureVersion, List<String> classpath,
            List<String> jvmOptions, Path dir) {
        if (featureVersion < 25 || !Boolean.parseBoolean(System.getProperty(ENABLED_PROPERTY, "true"))
                || classpath.isEmpty() || !classpath.stream().allMatch(WorkerAotCache::isJar)) {
            return Optional.empty();
        }
        return Optional.of(new WorkerAotCache(dir.resolve("worker-" + key(javaHome, classpath, jvmOptions) + ".aot")));
    }

    private static boolean isJar(String entry) {
        return entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry));
    }

    /** Changes whenever the JDK, a JVM option or any jar changes: a stale cache is never offered to the JVM. */
    static String key(Path javaHome, List<String> classpath, List<String> jvmOptions) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(javaHome.toString().getBytes(StandardCharsets.UTF_8));
            digest.update(String.join("\n", jvmOptions).getBytes(StandardCharsets.UTF_8));
            digest.update(System.getProperty("java.runtime.version", "").getBytes(StandardCharsets.UTF_8));
            for (String entry : classpath) {
                Path jar = Path.of(entry);
                digest.update((entry + '|' + Files.size(jar) + '|' + Files.getLastModifiedTime(jar).toMillis() + '\n')
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unkeyed-" + Integer.toHexString(classpath.hashCode());
        }
    }

    /** The JVM option that makes a worker use the cache, or none while it is not trained yet. */
    Optional<String> option() {
        return Files.isRegularFile(file) ? Optional.of("-XX:AOTCache=" + file) : Optional.empty();
    }

    Path file() {
        return file;
    }

    /**
     * Trains the cache once in a background thread: the worker's JVM command (without the OS
     * confinement prefix) in prepare mode, writing to a temporary file moved into place only
     * when complete, so no worker ever maps a half-written cache.
     */
    void trainInBackground(List<String> workerJvm) {
        if (Files.isRegularFile(file) || !training.compareAndSet(false, true)) {
            return;
        }
        LOG.log(Level.INFO, "training the worker AOT cache {0} in the background", file);
        Thread.ofPlatform().daemon().name("sandcastle-worker-aot-training").start(() -> {
            try {
                train(workerJvm);
            } finally {
                training.set(false);
            }
        });
    }

    boolean train(List<String> workerJvm) {
        long started = System.nanoTime();
        Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        // Classes only, no method profiles: profiles of a start-up made C2 compile the
        // interpreter for the wrong paths and CPU-heavy guests ran up to twice as slow.
        List<String> options = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining",
                "-XX:AOTCacheOutput=" + partial);
        try {
            Files.createDirectories(file.getParent());
            int exit = WorkerLauncher.runPrepareMode(workerJvm, options, Duration.ofMinutes(10));
            if (exit != 0 || !Files.isRegularFile(partial)) {
                LOG.log(Level.WARNING, "worker AOT cache training exited with {0}; workers start without it", exit);
                return false;
            }
            Confinement.setMode(partial, "rw-r--r--");
            moveIntoPlace(partial);
            LOG.log(Level.INFO, "trained the worker AOT cache {0} in {1} ms", file, (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not train the worker AOT cache: {0}", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover partial file is never used
            }
        }
    }

    private void moveIntoPlace(Path partial) throws IOException {
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
