package dev.sandcastle.sandbox.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerAotCacheTest {

    @TempDir
    Path dir;

    private final Path javaHome = Path.of(System.getProperty("java.home"));
    private static final List<String> OPTIONS = List.of("-Xmx768m", "-XX:TieredStopAtLevel=1");

    @Test
    void workersRunFromClassDirectoriesGetNoCacheBecauseTheJvmRefusesOne() throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertTrue(WorkerAotCache.forWorkers(javaHome, 25, List.of(jar.toString(), classes.toString()), OPTIONS, dir).isEmpty());
        assertTrue(WorkerAotCache.forWorkers(javaHome, 25, List.of(jar.toString()), OPTIONS, dir).isPresent());
    }

    @Test
    void jdksOlderThan25GetNoCache() throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        assertTrue(WorkerAotCache.forWorkers(javaHome, 24, List.of(jar.toString()), OPTIONS, dir).isEmpty());
    }

    @Test
    void aChangedJarGivesANewCacheSoAStaleOneIsNeverOffered() throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        String before = WorkerAotCache.key(javaHome, List.of(jar.toString()), OPTIONS);
        assertEquals(before, WorkerAotCache.key(javaHome, List.of(jar.toString()), OPTIONS));
        Files.writeString(jar, "jar, rebuilt");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));
        assertNotEquals(before, WorkerAotCache.key(javaHome, List.of(jar.toString()), OPTIONS));
    }

    @Test
    void otherJvmOptionsGetAnotherCache() throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        assertNotEquals(WorkerAotCache.key(javaHome, List.of(jar.toString()), OPTIONS),
                WorkerAotCache.key(javaHome, List.of(jar.toString()), List.of("-Xmx768m")));
    }

    @Test
    void workersUseTheCacheOnlyOnceItsFileIsComplete() throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        WorkerAotCache cache = WorkerAotCache.forWorkers(javaHome, 25, List.of(jar.toString()), OPTIONS, dir).orElseThrow();
        assertEquals(Optional.empty(), cache.option());
        Files.writeString(cache.file().resolveSibling(cache.file().getFileName() + ".123.partial"), "half");
        assertEquals(Optional.empty(), cache.option());
        Files.writeString(cache.file(), "trained");
        assertEquals(Optional.of("-XX:AOTCache=" + cache.file()), cache.option());
    }

    @Test
    void aFailedTrainingLeavesNoCacheBehind() throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "jar");
        WorkerAotCache cache = WorkerAotCache.forWorkers(javaHome, 25, List.of(jar.toString()), OPTIONS, dir).orElseThrow();
        String java = javaHome.resolve("bin").resolve("java").toString();
        // the "worker" main class does not exist in this classpath: the training JVM fails
        assertEquals(false, cache.train(List.of(java, "-cp", jar.toString(), "no.such.Main")));
        assertEquals(Optional.empty(), cache.option());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(jar), files.toList());
        }
    }
}
