package dev.sandcastle.sandbox;

import java.util.List;

/**
 * Whether a sandbox may grade: {@code ready} only once a worker has passed the start-up
 * self-test (fail closed). {@code confinements} names the OS-level confinements in force.
 */
public record SandboxStatus(boolean ready, int workersReady, int poolSize, List<String> confinements, String problem) {
    public SandboxStatus {
        confinements = List.copyOf(confinements);
    }
}
