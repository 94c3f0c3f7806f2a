package dev.sandcastle.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Marks one embedded data directory as owned by this JVM: a file next to it
 * ({@code pgdata.owner}) holding our PID under an exclusive file lock for the life of the
 * process. The operating system drops the lock when the process dies however it dies
 * (kill -9 included), so a lock we can take means no live Sandcastle uses the directory, and a
 * lock we cannot take names the PID that does.
 */
final class DataDirectoryOwner {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryOwner(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path ownerFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".owner");
    }

    /**
     * Takes the directory for this process.
     *
     * @throws DataDirectoryInUseException when another live process holds it
     */
    static DataDirectoryOwner acquire(Path dataDirectory) {
        Path file = ownerFile(dataDirectory);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                String holder = read(channel);
                channel.close();
                throw new DataDirectoryInUseException(dataDirectory, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
            return new DataDirectoryOwner(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("could not lock " + file, e);
        }
    }

    /** Gives the directory up (the process exits soon after; the OS would release it anyway). */
    void release() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel is going away
        }
        closeQuietly(channel);
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    /** Another live process uses the data directory: starting a second server on it would corrupt it. */
    static final class DataDirectoryInUseException extends IllegalStateException {

        DataDirectoryInUseException(Path dataDirectory, String holderPid) {
            super("the embedded database directory " + dataDirectory + " is in use by another running Sandcastle"
                    + (holderPid.isEmpty() ? "" : " (pid " + holderPid + ")")
                    + ": stop that one first, or give this one a directory of its own"
                    + " (sandcastle.database.embedded-data-dir / SANDCASTLE_DATABASE_EMBEDDED_DATA_DIR)");
        }
    }
}
