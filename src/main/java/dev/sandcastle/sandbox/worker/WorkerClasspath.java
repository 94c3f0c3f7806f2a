package dev.sandcastle.sandbox.worker;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Finds the classpath of a worker JVM from the running application, so one launcher works
 * under tests, from the packaged Quarkus fast-jar and in the Docker image:
 * <ul>
 * <li>a {@code quarkus-run.jar} on the classpath means the fast-jar layout, whose runner loads
 * {@code lib/} through its own class loader: the worker gets {@code lib/boot/*.jar} (where
 * Quarkus puts the GraalVM SDK: polyglot, truffle-api, ...), {@code app/*.jar} and
 * {@code lib/main/*.jar} of that {@code quarkus-app} directory;</li>
 * <li>a single jar whose manifest has a {@code Class-Path} (Surefire's manifest-only booter)
 * is expanded to its entries;</li>
 * <li>anything else is used as it is.</li>
 * </ul>
 * Of what it finds, a worker gets only what it runs: the entry holding our classes and
 * GraalPy's jars ({@link #forWorkers}); Quarkus, Hibernate, Vert.x and the rest of the
 * application's libraries stay off its classpath (ADR 0064).
 */
public final class WorkerClasspath {

    /** The resource that marks a classpath entry as holding the worker. */
    private static final String WORKER_MAIN = WorkerMain.class.getName().replace('.', '/') + ".class";

    /** Maven groups of the libraries a worker runs: GraalPy and what it is built on. */
    private static final List<String> WORKER_GROUPS = List.of("org.graalvm", "org.bouncycastle");

    private WorkerClasspath() {
    }

    /** The worker classpath: the override when given, else discovered from this JVM. */
    public static List<String> resolve(String override) {
        if (override != null && !override.isBlank()) {
            return List.of(override.split(File.pathSeparator));
        }
        return forWorkers(discovered());
    }

    /** Everything the running application has on its classpath, found as described above. */
    static List<String> discovered() {
        List<String> discovered = fromJavaClassPath(System.getProperty("java.class.path", ""));
        if (holdsWorkerMain(discovered)) {
            return discovered;
        }
        // Quarkus dev mode: java.class.path is a launcher jar and the application comes
        // through Quarkus' own class loader, so ask that loader where its jars are.
        List<String> fromLoader = fromClassLoader(WorkerClasspath.class.getClassLoader());
        return holdsWorkerMain(fromLoader) ? fromLoader : discovered;
    }

    /**
     * The entries a worker JVM needs: those holding our classes, and the GraalVM jars (SDK,
     * polyglot, Truffle, GraalPy and its shadowed libraries) with the BouncyCastle jars GraalPy's
     * ssl and hashlib use. Recognised by Maven group, from a repository path
     * ({@code .../org/graalvm/...}) or a Quarkus fast-jar name ({@code org.graalvm.*.jar}).
     * When nothing holds our classes the entries are kept as they are (the JVM's own error then
     * names the problem).
     */
    static List<String> forWorkers(List<String> entries) {
        if (!holdsWorkerMain(entries)) {
            return entries;
        }
        List<String> kept = new ArrayList<>();
        for (String entry : entries) {
            if (holdsWorkerMain(List.of(entry)) || isGraalPyLibrary(entry)) {
                kept.add(entry);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean isGraalPyLibrary(String entry) {
        if (!entry.endsWith(".jar")) {
            return false;
        }
        String path = entry.replace(File.separatorChar, '/');
        String name = path.substring(path.lastIndexOf('/') + 1);
        for (String group : WORKER_GROUPS) {
            if (name.startsWith(group + ".") || path.contains("/" + group.replace('.', '/') + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Every jar and class directory the loader can see, found through their manifests and our own classes. */
    static List<String> fromClassLoader(ClassLoader loader) {
        Set<String> entries = new LinkedHashSet<>();
        try {
            addRoot(entries, loader.getResource(WORKER_MAIN), WORKER_MAIN);
            for (URL manifest : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
                addRoot(entries, manifest, "META-INF/MANIFEST.MF");
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return List.copyOf(entries);
    }

    private static void addRoot(Set<String> entries, URL resource, String name) {
        if (resource == null) {
            return;
        }
        String url = resource.toString();
        if (url.startsWith("jar:file:") && url.contains("!/")) {
            entries.add(Path.of(URI.create(url.substring("jar:".length(), url.indexOf("!/")))).toString());
        } else if (url.startsWith("file:") && url.endsWith(name)) {
            entries.add(Path.of(URI.create(url.substring(0, url.length() - name.length()))).toString());
        }
    }

    /** True when one of the entries holds the worker's main class (a class directory or a jar). */
    static boolean holdsWorkerMain(List<String> entries) {
        for (String entry : entries) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path) && Files.exists(path.resolve(WORKER_MAIN))) {
                return true;
            }
            if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    if (jar.getEntry(WORKER_MAIN) != null) {
                        return true;
                    }
                } catch (IOException e) {
                    // not a readable jar: not ours
                }
            }
        }
        return false;
    }

    static List<String> fromJavaClassPath(String javaClassPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : javaClassPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        for (String entry : entries) {
            Path path = Path.of(entry);
            if (path.getFileName() != null && path.getFileName().toString().equals("quarkus-run.jar")) {
                return fromQuarkusApp(path.getParent());
            }
        }
        if (entries.size() == 1 && entries.getFirst().endsWith(".jar")) {
            List<String> expanded = manifestClassPath(Path.of(entries.getFirst()));
            if (!expanded.isEmpty()) {
                return expanded;
            }
        }
        return entries;
    }

    /** {@code lib/boot/*.jar}, {@code app/*.jar} then {@code lib/main/*.jar} of a Quarkus fast-jar directory. */
    public static List<String> fromQuarkusApp(Path quarkusApp) {
        List<String> entries = new ArrayList<>();
        entries.addAll(jarsIn(quarkusApp.resolve("lib").resolve("boot")));
        entries.addAll(jarsIn(quarkusApp.resolve("app")));
        entries.addAll(jarsIn(quarkusApp.resolve("lib").resolve("main")));
        if (entries.isEmpty()) {
            throw new IllegalStateException("no jars under " + quarkusApp + "/app or lib/main");
        }
        return entries;
    }

    private static List<String> jarsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .map(p -> p.toAbsolutePath().normalize().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            List<String> entries = new ArrayList<>();
            URI base = jar.toAbsolutePath().getParent().toUri();
            for (String url : classPath.trim().split("\\s+")) {
                URI uri = base.resolve(url);
                if ("file".equals(uri.getScheme())) {
                    entries.add(Path.of(uri).toAbsolutePath().normalize().toString());
                }
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
