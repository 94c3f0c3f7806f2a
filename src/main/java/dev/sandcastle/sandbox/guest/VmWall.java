package dev.sandcastle.sandbox.guest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
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
 *
 * <p>With the default {@link GuestRuntime} the engine and contexts use
 * {@code SandboxPolicy.CONSTRAINED}, which also checks that configuration. CONSTRAINED refuses
 * every compilation threshold of the Truffle optimizing runtime (ADR 0066), so a runtime with
 * engine options is built under {@code TRUSTED} with each restriction CONSTRAINED implies set
 * explicitly below (asserted from inside a guest by {@code VmWallRestrictionsTest}).
 */
final class VmWall {

    /** CONSTRAINED rejects HostAccess.NONE; this one exposes nothing and maps nothing mutable. */
    private static final HostAccess NO_HOST_ACCESS = HostAccess.newBuilder()
            .allowMutableTargetMappings()
            .build();

    private VmWall() {
    }

    static Engine newEngine(GuestRuntime runtime) {
        try {
            return engineBuilder(runtime, true).build();
        } catch (IllegalArgumentException e) {
            if (!runtime.tuned() || !String.valueOf(e.getMessage()).startsWith("Could not find option")) {
                throw e;
            }
            // Truffle's fallback runtime (no Graal compiler in this JVM, e.g. in-process tests)
            // has no compilation options: it interprets, under the same hand-set restrictions
            return engineBuilder(runtime, false).build();
        }
    }

    private static Engine.Builder engineBuilder(GuestRuntime runtime, boolean compilerOptions) {
        Engine.Builder builder = Engine.newBuilder("python")
                .sandbox(policy(runtime))
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .in(InputStream.nullInputStream())
                .option("engine.WarnInterpreterOnly", "false");
        if (runtime.tuned()) {
            // what CONSTRAINED checks on an engine, kept by hand: permitted languages (python),
            // redirected streams (above), no server transport (never set), and a compilation
            // failure is never an exception or a VM exit
            if (!runtime.engineOptions().containsKey("log.file")) {
                builder.logHandler(DISCARD_LOGS); // an operator's log.file (diagnosis) wins
            }
            builder.allowExperimentalOptions(true);
            if (compilerOptions) {
                builder.option("engine.CompilationFailureAction", "Silent");
                for (Map.Entry<String, String> option : runtime.engineOptions().entrySet()) {
                    builder.option(option.getKey(), option.getValue());
                }
            }
        }
        return builder;
    }

    static Context newContext(Engine engine, GuestRuntime runtime, OutputStream out, OutputStream err) {
        return Context.newBuilder("python")
                .engine(engine)
                .sandbox(policy(runtime))
                .allowAllAccess(false)
                .allowHostAccess(NO_HOST_ACCESS)
                .allowHostClassLookup(className -> false)
                .allowHostClassLoading(false)
                .allowIO(IOAccess.NONE)
                .allowNativeAccess(false)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowValueSharing(false)
                .allowInnerContextOptions(false)
                .allowExperimentalOptions(false)
                .useSystemExit(false)
                .out(out)
                .err(err)
                .in(new ByteArrayInputStream(new byte[0]))
                .build();
    }

    private static SandboxPolicy policy(GuestRuntime runtime) {
        return runtime.tuned() ? SandboxPolicy.TRUSTED : SandboxPolicy.CONSTRAINED;
    }

    /** Engine log records (compilation failures among them) go nowhere, as under CONSTRAINED's redirected streams. */
    private static final Handler DISCARD_LOGS = new Handler() {
        @Override
        public void publish(LogRecord record) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
}
