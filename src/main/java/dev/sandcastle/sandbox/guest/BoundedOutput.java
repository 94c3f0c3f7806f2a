package dev.sandcastle.sandbox.guest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A guest's stdout or stderr: keeps at most the shared byte budget (stdout + stderr together)
 * and raises a flag instead of growing when the guest prints more.
 */
final class BoundedOutput extends OutputStream {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final AtomicLong used;
    private final long budget;
    private volatile boolean overflowed;

    BoundedOutput(AtomicLong sharedUse, long budget) {
        this.used = sharedUse;
        this.budget = budget;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        long after = used.addAndGet(len);
        if (after > budget) {
            long room = Math.max(0, len - (after - budget));
            kept.write(b, off, (int) room);
            overflowed = true;
            throw new IOException("output limit exceeded");
        }
        kept.write(b, off, len);
    }

    boolean overflowed() {
        return overflowed;
    }

    synchronized int size() {
        return kept.size();
    }

    /** The text written since byte {@code from}, decoded leniently. */
    synchronized String textFrom(int from) {
        byte[] all = kept.toByteArray();
        int start = Math.min(from, all.length);
        return new String(all, start, all.length - start, StandardCharsets.UTF_8);
    }
}
