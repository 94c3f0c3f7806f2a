package dev.sandcastle.sandbox.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraalCompilerJarsTest {

    private static List<String> testClasspath() {
        return WorkerClasspath.fromJavaClassPath(System.getProperty("java.class.path"));
    }

    @Test
    void theCompilerAndItsThreeModulesAreFoundOnTheClasspathByModuleName() {
        GraalCompilerJars jars = GraalCompilerJars.find(testClasspath());
        assertEquals(4, jars.jars().size(), jars.jars().toString());
        String options = String.join(" ", jars.jvmOptions());
        assertTrue(options.contains("-XX:+EnableJVMCI") && options.contains("--upgrade-module-path="), options);
        List<String> rest = jars.withoutCompiler(testClasspath());
        assertEquals(testClasspath().size() - 4, rest.size());
        assertFalse(rest.stream().anyMatch(jars.jars()::contains));
    }

    @Test
    void aClasspathWithoutTheCompilerIsAClearConfigurationError() {
        List<String> without = testClasspath().stream().filter(e -> !e.contains("compiler")).toList();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GraalCompilerJars.find(without));
        assertTrue(e.getMessage().contains("org.graalvm.compiler:compiler"), e.getMessage());
    }
}
