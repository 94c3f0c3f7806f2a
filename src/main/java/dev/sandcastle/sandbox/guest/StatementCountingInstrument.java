package dev.sandcastle.sandbox.guest;

import com.oracle.truffle.api.ContextThreadLocal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.ExecutionEventNode;
import com.oracle.truffle.api.instrumentation.SourceSectionFilter;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.TruffleInstrument;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Instrument;

/**
 * Counts the statements of player code executed per guest thread: a Truffle instrument
 * attached to every node tagged {@link StandardTags.StatementTag} in sources named
 * {@value #PLAYER_SOURCE} (the name the wall compiles player code under). Library and wall
 * code is not instrumented, so it neither counts nor pays for counting.
 *
 * <p>Registered through {@link StatementCountingInstrumentProvider}; the host reaches it via
 * {@code engine.getInstruments().get(ID).lookup(StatementMeters.class)}.
 */
final class StatementCountingInstrument extends TruffleInstrument {

    static final String ID = "sandcastle-statements";

    /** The file name wall.py compiles player code under. */
    static final String PLAYER_SOURCE = "<solution>";

    private final StatementMeters meters = new StatementMeters();

    private final ContextThreadLocal<StatementMeters.Meter> current =
            locals.createContextThreadLocal((context, thread) -> meters.meterOf(thread));

    /**
     * Creates the instrument on {@code engine} (if not yet) and returns its meters, or null when
     * the instrument is not on the class path (its META-INF/services entry was lost).
     */
    static StatementMeters meters(Engine engine) {
        Instrument instrument = engine.getInstruments().get(ID);
        return instrument == null ? null : instrument.lookup(StatementMeters.class);
    }

    @Override
    protected void onCreate(Env env) {
        env.registerService(meters);
        SourceSectionFilter playerStatements = SourceSectionFilter.newBuilder()
                .tagIs(StandardTags.StatementTag.class)
                .sourceIs(source -> PLAYER_SOURCE.equals(source.getName()))
                .build();
        env.getInstrumenter().attachExecutionEventFactory(playerStatements, context -> new Counter(current));
    }

    private static final class Counter extends ExecutionEventNode {
        private final ContextThreadLocal<StatementMeters.Meter> current;

        Counter(ContextThreadLocal<StatementMeters.Meter> current) {
            this.current = current;
        }

        @Override
        protected void onEnter(VirtualFrame frame) {
            current.get().statements++;
        }
    }
}
