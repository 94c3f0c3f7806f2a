package dev.sandcastle.sandbox.worker;

import java.io.File;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Graal compiler and the modules it needs, found on the worker classpath by module name
 * (the jar names differ between Maven's repository and Quarkus' fast-jar {@code lib/main}):
 * a stock JDK runs Truffle's optimizing runtime only with them on the upgrade module path and
 * JVMCI enabled (ADR 0066).
 */
record GraalCompilerJars(List<String> jars) {

    /** Module names of {@code org.graalvm.compiler:compiler} and its dependencies. */
    static final Set<String> MODULES = Set.of(
            "jdk.graal.compiler", "org.graalvm.truffle.compiler", "org.graalvm.word", "org.graalvm.collections");

    /** The jars of {@link #MODULES} among {@code classpath}; fails when one is missing. */
    static GraalCompilerJars find(List<String> classpath) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String entry : classpath) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            moduleName(Path.of(entry)).filter(MODULES::contains).ifPresent(name -> found.putIfAbsent(name, entry));
        }
        if (!found.keySet().containsAll(MODULES)) {
            List<String> missing = new ArrayList<>(MODULES);
            missing.removeAll(found.keySet());
            throw new IllegalStateException("sandcastle.sandbox.jit=graal needs org.graalvm.compiler:compiler on the "
                    + "worker classpath; missing modules " + missing);
        }
        return new GraalCompilerJars(List.copyOf(found.values()));
    }

    private static Optional<String> moduleName(Path jar) {
        try {
            return ModuleFinder.of(jar).findAll().stream().findFirst()
                    .map(ModuleReference::descriptor).map(d -> d.name());
        } catch (FindException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** JVM options that load the compiler as a JVMCI compiler for Truffle only (the host JIT stays C1/C2). */
    List<String> jvmOptions() {
        return List.of(
                "-XX:+UnlockExperimentalVMOptions",
                "-XX:+EnableJVMCI",
                "--upgrade-module-path=" + String.join(File.pathSeparator, jars));
    }

    /** The classpath without these jars: they are modules now, not classpath entries. */
    List<String> withoutCompiler(List<String> classpath) {
        List<String> rest = new ArrayList<>(classpath);
        rest.removeAll(jars);
        return rest;
    }
}
