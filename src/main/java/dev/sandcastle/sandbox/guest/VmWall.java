package dev.sandcastle.sandbox.guest;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The VM wall: how every guest context is built. Nothing of the host is reachable from it:
 * no files, host classes, native code, threads, processes, environment or other languages.
 */
final class VmWall {

    /** CONSTRAINED rejects HostAccess.NONE; this one exposes nothing and maps nothing mutable. */
    private static final HostAccess NO_HOST_ACCESS = HostAccess.newBuilder()
            .allowMutableTargetMappings()
            .build();

    private VmWall() {
    }

    static Engine newEngine() {
        return Engine.newBuilder("python")
                .sandbox(SandboxPolicy.CONSTRAINED)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .option("engine.WarnInterpreterOnly", "false")
                .build();
    }

    static Context newContext(Engine engine, OutputStream out, OutputStream err) {
        return Context.newBuilder("python")
                .engine(engine)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .allowHostAccess(NO_HOST_ACCESS)
                .allowHostClassLookup(className -> false)
                .allowIO(IOAccess.NONE)
                .allowNativeAccess(false)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowValueSharing(false)
                .out(out)
                .err(err)
                .in(new ByteArrayInputStream(new byte[0]))
                .build();
    }
}
