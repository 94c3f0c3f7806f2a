package dev.sandcastle.sandbox;

/**
 * The sandbox cannot grade right now (no worker passed its start-up self-test, or none became
 * free in time). Fail closed: the caller must not record a verdict for the submission but
 * retry later or report the outage.
 */
public class SandboxUnavailableException extends RuntimeException {

    public SandboxUnavailableException(String message) {
        super(message);
    }
}
