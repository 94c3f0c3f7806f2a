package dev.sandcastle.sandbox.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerClasspathTest {

    @TempDir
    Path dir;

    private Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[0]);
        return file;
    }

    @Test
    void aLauncherJarWithoutTheApplicationFallsBackToTheClassLoadersJars() {
        // Quarkus dev mode: java.class.path is a launcher jar; the loader knows the real entries
        List<String> fromLoader = WorkerClasspath.fromClassLoader(getClass().getClassLoader());
        assertTrue(WorkerClasspath.holdsWorkerMain(fromLoader), "our classes: " + fromLoader);
        assertTrue(fromLoader.stream().anyMatch(e -> e.contains("polyglot") && e.endsWith(".jar")), "GraalVM polyglot: " + fromLoader);
        assertTrue(!WorkerClasspath.holdsWorkerMain(List.of("/nonexistent/launcher.jar")));
    }

    @Test
    void theQuarkusFastJarRunnerIsReplacedByItsBootAppAndMainLibraryJars() throws IOException {
        Path app = dir.resolve("quarkus-app");
        Path runner = touch(app.resolve("quarkus-run.jar"));
        Path appJar = touch(app.resolve("app/sandcastle-0.1.0-SNAPSHOT.jar"));
        Path polyglot = touch(app.resolve("lib/main/org.graalvm.python.python-language-25.0.3.jar"));
        Path truffle = touch(app.resolve("lib/main/org.graalvm.truffle.truffle-api-25.0.3.jar"));
        Path sdk = touch(app.resolve("lib/boot/org.graalvm.polyglot.polyglot-25.0.3.jar"));
        touch(app.resolve("lib/main/README.txt"));
        touch(app.resolve("quarkus/generated-bytecode.jar"));

        List<String> classpath = WorkerClasspath.fromJavaClassPath(runner.toString());

        assertEquals(List.of(sdk.toString(), appJar.toString(), polyglot.toString(), truffle.toString()), classpath);
    }

    @Test
    void aRelativeRunnerPathAsInTheDockerImageIsResolvedToo() throws IOException {
        Path app = dir.resolve("deployments");
        touch(app.resolve("quarkus-run.jar"));
        Path appJar = touch(app.resolve("app/sandcastle.jar"));
        Path relative = Path.of("").toAbsolutePath().relativize(app.resolve("quarkus-run.jar"));

        List<String> classpath = WorkerClasspath.fromJavaClassPath(relative.toString());

        assertEquals(List.of(appJar.toString()), classpath);
    }

    @Test
    void aManifestOnlyBooterJarIsExpandedToItsEntries() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        Path lib = touch(dir.resolve("repo/lib with space.jar"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                classes.toUri() + " " + lib.toUri().toString());
        Path booter = dir.resolve("surefire/booter.jar");
        Files.createDirectories(booter.getParent());
        try (OutputStream out = Files.newOutputStream(booter); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }

        List<String> classpath = WorkerClasspath.fromJavaClassPath(booter.toString());

        assertEquals(List.of(classes.toString(), lib.toString()), classpath);
    }

    @Test
    void aPlainClasspathIsKeptAsItIs() {
        String plain = String.join(File.pathSeparator, "/a/classes", "/b/x.jar");
        assertEquals(List.of("/a/classes", "/b/x.jar"), WorkerClasspath.fromJavaClassPath(plain));
    }

    @Test
    void theConfiguredClasspathWins() {
        assertEquals(List.of("/opt/w/a.jar", "/opt/w/b.jar"), WorkerClasspath.resolve("/opt/w/a.jar" + File.pathSeparator + "/opt/w/b.jar"));
    }

    @Test
    void theTestClasspathContainsTheWorkerMainAndGraalPy() {
        List<String> classpath = WorkerClasspath.resolve(null);
        assertTrue(classpath.stream().anyMatch(e -> e.endsWith("target" + File.separator + "classes")), classpath::toString);
        assertTrue(classpath.stream().anyMatch(e -> e.contains("python-language")), classpath::toString);
    }

    @Test
    void aWorkerGetsOurClassesAndGraalPyButNoFrameworkJar() {
        List<String> classpath = WorkerClasspath.resolve(null);
        assertTrue(classpath.stream().anyMatch(e -> e.endsWith("target" + File.separator + "classes")), classpath::toString);
        assertTrue(classpath.stream().anyMatch(e -> e.contains("truffle-api")), classpath::toString);
        assertTrue(classpath.stream().anyMatch(e -> e.contains("bcprov")), classpath::toString);
        assertTrue(classpath.stream().noneMatch(e -> e.contains("quarkus") || e.contains("hibernate")
                || e.contains("vertx") || e.contains("jakarta") || e.contains("test-classes")), classpath::toString);
        assertTrue(WorkerClasspath.discovered().size() > 2 * classpath.size(), "the application's classpath is much larger");
    }

    @Test
    void ofAFastJarTheWorkerKeepsTheApplicationJarAndTheGraalVmAndBouncyCastleJars() throws IOException {
        Path app = dir.resolve("quarkus-app");
        Path runner = touch(app.resolve("quarkus-run.jar"));
        Path sdk = touch(app.resolve("lib/boot/org.graalvm.polyglot.polyglot-25.0.3.jar"));
        touch(app.resolve("lib/boot/io.quarkus.quarkus-bootstrap-runner-3.33.2.jar"));
        Path appJar = app.resolve("app/sandcastle.jar");
        Files.createDirectories(appJar.getParent());
        try (OutputStream out = Files.newOutputStream(appJar); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new java.util.zip.ZipEntry(WorkerMain.class.getName().replace('.', '/') + ".class"));
            jar.closeEntry();
        }
        touch(app.resolve("lib/main/io.quarkus.quarkus-core-3.33.2.jar"));
        touch(app.resolve("lib/main/org.hibernate.orm.hibernate-graalvm-7.2.14.Final.jar"));
        Path bouncy = touch(app.resolve("lib/main/org.bouncycastle.bcprov-jdk18on-1.84.jar"));
        Path python = touch(app.resolve("lib/main/org.graalvm.python.python-language-25.0.3.jar"));

        List<String> classpath = WorkerClasspath.forWorkers(WorkerClasspath.fromJavaClassPath(runner.toString()));

        assertEquals(List.of(sdk.toString(), appJar.toString(), bouncy.toString(), python.toString()), classpath);
    }
}
