package dev.sandcastle.sandbox.guest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A guest's stdout or stderr, sharing one budget with the other. The output limit is what is
 * kept for display: printing past it is not a failure (a correct solution with debug prints
 * must pass, as it would on CPython), the rest is counted and dropped, and the text shown
 * says how much was dropped. Only printing past {@link #ABUSE_FACTOR} times the limit is an
 * abuse and raises the flag that ends the run with OUTPUT_LIMIT_EXCEEDED.
 */
final class BoundedOutput extends OutputStream {

    /** How many times the display budget a guest may print before it is stopped. */
    static final int ABUSE_FACTOR = 16;

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final AtomicLong used;
    private final long displayBudget;
    private final long abuseBudget;
    private long dropped;
    private volatile boolean overflowed;

    /** {@code sharedUse} counts stdout and stderr together; {@code budget} is the output limit. */
    BoundedOutput(AtomicLong sharedUse, long budget) {
        this.used = sharedUse;
        this.displayBudget = budget;
        this.abuseBudget = budget > Long.MAX_VALUE / ABUSE_FACTOR ? Long.MAX_VALUE : budget * ABUSE_FACTOR;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        long after = used.addAndGet(len);
        long before = after - len;
        int keep = (int) Math.max(0, Math.min(len, displayBudget - before));
        kept.write(b, off, keep);
        dropped += len - keep;
        if (after > abuseBudget) {
            overflowed = true;
            throw new IOException("output limit exceeded");
        }
    }

    /** True once the guest printed more than {@link #ABUSE_FACTOR} times the output limit. */
    boolean overflowed() {
        return overflowed;
    }

    synchronized int size() {
        return kept.size();
    }

    /** The text kept since byte {@code from}, decoded leniently, with a note when output was dropped. */
    synchronized String textFrom(int from) {
        byte[] all = kept.toByteArray();
        int start = Math.min(from, all.length);
        String text = new String(all, start, all.length - start, StandardCharsets.UTF_8);
        if (dropped > 0) {
            text += "\n[output past " + displayBudget + " bytes not kept: " + dropped + " bytes dropped]\n";
        }
        return text;
    }
}
