package dev.sandcastle.mission;

import dev.sandcastle.sandbox.Limits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * The server's limits: {@code default} applies where a mission says nothing (fail closed),
 * {@code max} caps whatever a mission asks for. Keys: {@code sandcastle.limits.default.*} and
 * {@code sandcastle.limits.max.*}; the README has the table.
 */
@ConfigMapping(prefix = "sandcastle.limits")
public interface ServerLimits {

    @io.smallrye.config.WithName("default")
    Defaults defaults();

    Maxima max();

    interface Defaults {
        @WithDefault("2000") long cpuMsPerTest();
        @WithDefault("10000") long cpuMsPerSubmission();
        @WithDefault("20000") long wallMs();
        @WithDefault("268435456") long memoryBytes();
        @WithDefault("65536") long outputBytes();
        @WithDefault("65536") int codeBytes();
        @WithDefault("1048576") int resultBytes();
        @WithDefault("32") int resultDepth();
        @WithDefault("3000") int recursionDepth();
    }

    interface Maxima {
        @WithDefault("10000") long cpuMsPerTest();
        @WithDefault("60000") long cpuMsPerSubmission();
        @WithDefault("120000") long wallMs();
        @WithDefault("536870912") long memoryBytes();
        @WithDefault("1048576") long outputBytes();
        @WithDefault("131072") int codeBytes();
        @WithDefault("8388608") int resultBytes();
        @WithDefault("100") int resultDepth();
        @WithDefault("10000") int recursionDepth();
    }

    default Limits defaultLimits() {
        Defaults d = defaults();
        return new Limits(d.cpuMsPerTest(), d.cpuMsPerSubmission(), d.wallMs(), d.memoryBytes(), d.outputBytes(),
                d.codeBytes(), d.resultBytes(), d.resultDepth(), d.recursionDepth()).cappedBy(maxLimits());
    }

    default Limits maxLimits() {
        Maxima m = max();
        return new Limits(m.cpuMsPerTest(), m.cpuMsPerSubmission(), m.wallMs(), m.memoryBytes(), m.outputBytes(),
                m.codeBytes(), m.resultBytes(), m.resultDepth(), m.recursionDepth());
    }

    /** A mission's effective limits: its overrides over the defaults, capped by the maxima. */
    default Limits resolve(Map<String, Long> overrides) {
        return MissionPackageReader.resolveLimits(overrides, defaultLimits(), maxLimits());
    }
}
