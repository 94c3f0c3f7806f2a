package dev.sandcastle.sandbox;

/**
 * The worker running a job was stopped from outside the sandbox (SIGTERM, SIGINT or SIGHUP, as
 * a service manager or terminal sends when it stops the whole host) or the sandbox was closed
 * under it. Not the player's doing, so there is no verdict: the caller hands the job back.
 * Unlike a plain {@link SandboxUnavailableException} it may repeat for the same job if
 * something keeps stopping workers, so the caller decides whether the attempt counts.
 */
public class SandboxStoppedException extends SandboxUnavailableException {

    public SandboxStoppedException(String message) {
        super(message);
    }
}
