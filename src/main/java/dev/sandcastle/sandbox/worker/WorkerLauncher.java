package dev.sandcastle.sandbox.worker;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the command line of a worker JVM and starts it: empty environment, only the system
 * properties the worker needs, a fixed heap that ends the process on exhaustion, and the OS
 * confinement the host allows.
 */
final class WorkerLauncher {

    private static final System.Logger LOG = System.getLogger(WorkerLauncher.class.getName());

    private final List<String> prefix;
    private final List<String> jvm;
    private final Confinement confinement;
    private final Optional<WorkerAotCache> aotCache;

    WorkerLauncher(WorkerSandboxConfig config, boolean confine, List<String> extraJvmOptions) {
        Path javaHome = config.javaHome() != null ? config.javaHome() : Path.of(System.getProperty("java.home"));
        String java = javaHome.resolve("bin").resolve("java").toString();
        List<String> classpath = WorkerClasspath.resolve(config.classpath());
        this.confinement = confine ? Confinement.detect(classpath, java) : Confinement.none(classpath);
        Path resourceCache = resourceCache();

        List<String> jvm = new ArrayList<>();
        jvm.add(java);
        jvm.addAll(jvmOptions(config.workerHeapMb(), config.jit()));
        List<String> workerClasspath = confinement.classpath();
        if (config.jit() == WorkerSandboxConfig.Jit.GRAAL) {
            GraalCompilerJars jars = GraalCompilerJars.find(workerClasspath);
            jvm.addAll(jars.jvmOptions());
            workerClasspath = jars.withoutCompiler(workerClasspath);
        }
        int feature = featureVersion(javaHome);
        if (feature >= 23) {
            jvm.add("--sun-misc-unsafe-memory-access=allow"); // Truffle still uses it; silences a warning per worker
        }
        jvm.add("-Dpolyglot.engine.userResourceCache=" + resourceCache);
        jvm.add("-Dpolyglot.engine.WarnInterpreterOnly=false");
        jvm.addAll(extraJvmOptions);
        jvm.add("-cp");
        jvm.add(String.join(File.pathSeparator, workerClasspath));
        jvm.add(WorkerMain.class.getName());

        if (confinement.dropsUid()) {
            prepareResourceCache(jvm, resourceCache);
        }
        this.prefix = List.copyOf(confinement.prefix());
        this.jvm = List.copyOf(jvm);
        // CDS, and so the AOT cache, is off in a JVM with an upgraded module path (the Graal compiler)
        this.aotCache = config.jit() == WorkerSandboxConfig.Jit.GRAAL ? Optional.empty()
                : WorkerAotCache.forWorkers(javaHome, feature, confinement.classpath(), this.jvm,
                        resourceCache.resolveSibling("sandcastle-worker-aot"));
        aotCache.ifPresent(cache -> cache.trainInBackground(this.jvm));
        LOG.log(Level.INFO, "sandbox workers: heap {0} MB, jit {1}, confinements {2}", config.workerHeapMb(), config.jit(),
                confinement.active().isEmpty() ? "none available" : confinement.active());
    }

    /** JVM options of a worker; each is a guard or a measured footprint choice (see ADR 0001). */
    static List<String> jvmOptions(int heapMb, WorkerSandboxConfig.Jit jit) {
        List<String> options = new ArrayList<>(List.of(
                "-Xmx" + heapMb + "m",
                "-Xms32m",
                "-XX:+ExitOnOutOfMemoryError",     // a heap bomb ends the process: exit code 3
                "-XX:+DisableExplicitGC",          // a guest gc.collect() must not be a full GC
                "-XX:+DisplayVMOutputToStderr",    // VM messages never land in the protocol stream
                "-XX:-CreateCoredumpOnCrash",
                "-XX:-UsePerfData",                // no hsperfdata file
                "-XX:+UseSerialGC",                // smallest footprint, one job at a time
                "-XX:-ShrinkHeapInSteps",          // a full GC after a bomb gives the heap back at once (HeapCheck)
                "-Xss1m",                          // JVM threads; guest threads get their own big stack
                "--enable-native-access=ALL-UNNAMED",
                "-Djava.awt.headless=true"));
        if (jit == WorkerSandboxConfig.Jit.QUICK) {
            options.add("-XX:TieredStopAtLevel=1"); // C1 only: cheap warm-up, see ADR 0050
        }
        if (jit == WorkerSandboxConfig.Jit.GRAAL) {
            options.add("-D" + WorkerMain.RUNTIME_PROPERTY + "=" + WorkerMain.OPTIMIZING); // see ADR 0066
        }
        return options;
    }

    /** The Java feature version of a JDK, from its release file; 0 when unknown. */
    static int featureVersion(Path javaHome) {
        if (javaHome.equals(Path.of(System.getProperty("java.home")))) {
            return Runtime.version().feature();
        }
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // unknown: leave version-specific options out
        }
        return 0;
    }

    /**
     * Where GraalPy unpacks its language home. Workers under an unprivileged uid may read it
     * but never write it, so that no worker can plant files the next worker loads.
     */
    private static Path resourceCache() {
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "sandcastle-polyglot-cache");
        try {
            Files.createDirectories(cache);
            Confinement.setMode(cache, "rwxr-xr-x");
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "cannot prepare {0}: {1}", cache, e.toString());
        }
        return cache;
    }

    /**
     * Fills the resource cache once with a trusted (supervisor-uid, no guest code) run of the
     * worker in prepare mode, so unprivileged workers find it populated.
     */
    private static void prepareResourceCache(List<String> jvm, Path cache) {
        Path pythonHome = cache.resolve("python");
        try (Stream<Path> entries = Files.isDirectory(pythonHome) ? Files.list(pythonHome) : Stream.empty()) {
            if (entries.findAny().isPresent()) {
                return;
            }
        } catch (IOException ignored) {
            // prepare again
        }
        long started = System.nanoTime();
        try {
            runPrepareMode(jvm, List.of(), Duration.ofSeconds(120));
            makeWorldReadable(cache);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not prepare the GraalPy resource cache: {0}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.log(Level.INFO, "prepared the GraalPy resource cache {0} in {1} ms", cache, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Runs the worker's JVM command in prepare mode: a trusted run on the supervisor's uid,
     * without the OS confinement prefix, that runs no guest code. {@code extraOptions} go
     * before the main class. Returns the exit code, or -1 when it outran {@code timeout}.
     */
    static int runPrepareMode(List<String> jvm, List<String> extraOptions, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(jvm.subList(0, jvm.size() - 1));
        command.addAll(extraOptions);
        command.add(jvm.getLast()); // the main class
        command.add(WorkerMain.PREPARE_ARGUMENT);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).directory(new File("/"));
        builder.environment().clear();
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static void makeWorldReadable(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.toList()) {
                var mode = Files.getPosixFilePermissions(file);
                mode.add(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
                mode.add(java.nio.file.attribute.PosixFilePermission.GROUP_READ);
                if (Files.isDirectory(file) || mode.contains(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE)) {
                    mode.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
                    mode.add(java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE);
                }
                Files.setPosixFilePermissions(file, mode);
            }
        }
    }

    Process start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command());
        builder.environment().clear();
        builder.directory(new File("/"));
        return builder.start();
    }

    /** The full command of the next worker: uses the AOT cache once it is trained. */
    List<String> command() {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(jvm);
        aotCache.flatMap(WorkerAotCache::option).ifPresent(option -> command.add(prefix.size() + 1, option));
        return command;
    }

    List<String> confinements() {
        return confinement.active();
    }

    boolean dropsUid() {
        return confinement.dropsUid();
    }
}
