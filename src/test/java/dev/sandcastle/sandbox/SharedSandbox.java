package dev.sandcastle.sandbox;

/**
 * One warmed-up in-process sandbox for all test classes of a test JVM: engine start and the
 * first import of each default module are paid once, not per class. Never closed; it dies with
 * the JVM.
 */
public final class SharedSandbox {

    private static PythonSandbox sandbox;

    private SharedSandbox() {
    }

    public static synchronized PythonSandbox get() {
        if (sandbox == null) {
            PythonSandbox created = new PythonSandbox();
            if (!((dev.sandcastle.sandbox.guest.GraalGuestExecutor) created.executor()).warmUp()) {
                throw new IllegalStateException("the sandbox could not import its default modules");
            }
            sandbox = created;
        }
        return sandbox;
    }
}
