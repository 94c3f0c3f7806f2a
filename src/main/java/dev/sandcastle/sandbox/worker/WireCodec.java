package dev.sandcastle.sandbox.worker;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact binary form of plain data ({@code null}, Boolean, Long, BigInteger, Double
 * including NaN and infinities, String, List, Map with String keys) and the length-prefixed
 * frames that carry it between the supervisor and a worker.
 *
 * <p>Strings travel as UTF-16 code units so that Python strings with lone surrogates survive
 * unchanged. Decoding never trusts the other side: frame length, nesting depth and element
 * counts are capped before anything is allocated.
 */
public final class WireCodec {

    /** Marks every frame, so a stray write into the channel is detected at once. */
    static final int MAGIC = 0x53435746; // "SCWF"

    private static final byte NULL = 0, FALSE = 1, TRUE = 2, LONG = 3, BIG = 4, DOUBLE = 5, STRING = 6, LIST = 7, MAP = 8;

    private WireCodec() {
    }

    /** Thrown for any frame or value that breaks the format or its caps. */
    public static final class MalformedFrameException extends IOException {
        public MalformedFrameException(String message) {
            super(message);
        }
    }

    public static byte[] encode(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            write(out, value, 0);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, Object value, int depth) throws IOException {
        if (depth > 1_000) {
            throw new IllegalArgumentException("value nested too deeply to encode");
        }
        switch (value) {
            case null -> out.writeByte(NULL);
            case Boolean b -> out.writeByte(b ? TRUE : FALSE);
            case Long l -> {
                out.writeByte(LONG);
                out.writeLong(l);
            }
            case Integer i -> {
                out.writeByte(LONG);
                out.writeLong(i);
            }
            case BigInteger big -> {
                byte[] magnitude = big.toByteArray();
                out.writeByte(BIG);
                out.writeInt(magnitude.length);
                out.write(magnitude);
            }
            case Double d -> {
                out.writeByte(DOUBLE);
                out.writeLong(Double.doubleToRawLongBits(d));
            }
            case String s -> {
                out.writeByte(STRING);
                out.writeInt(s.length());
                out.writeChars(s);
            }
            case List<?> list -> {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object element : list) {
                    write(out, element, depth + 1);
                }
            }
            case Map<?, ?> map -> {
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof String key)) {
                        throw new IllegalArgumentException("map keys must be strings");
                    }
                    out.writeInt(key.length());
                    out.writeChars(key);
                    write(out, entry.getValue(), depth + 1);
                }
            }
            default -> throw new IllegalArgumentException("not plain data: " + value.getClass().getSimpleName());
        }
    }

    /** Decodes one value that must fill {@code bytes} exactly. */
    public static Object decode(byte[] bytes, int maxDepth) throws MalformedFrameException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            Object value = read(buffer, 0, maxDepth);
            if (buffer.hasRemaining()) {
                throw new MalformedFrameException("trailing bytes after value");
            }
            return value;
        } catch (BufferUnderflowException e) {
            throw new MalformedFrameException("truncated value");
        }
    }

    private static Object read(ByteBuffer in, int depth, int maxDepth) throws MalformedFrameException {
        if (depth > maxDepth) {
            throw new MalformedFrameException("value nested deeper than " + maxDepth);
        }
        byte tag = in.get();
        return switch (tag) {
            case NULL -> null;
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case LONG -> in.getLong();
            case BIG -> {
                byte[] magnitude = new byte[count(in, 1)];
                in.get(magnitude);
                if (magnitude.length == 0) {
                    throw new MalformedFrameException("empty big integer");
                }
                yield new BigInteger(magnitude);
            }
            case DOUBLE -> Double.longBitsToDouble(in.getLong());
            case STRING -> readString(in);
            case LIST -> {
                int size = count(in, 1);
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(read(in, depth + 1, maxDepth));
                }
                yield list;
            }
            case MAP -> {
                int size = count(in, 5);
                Map<String, Object> map = new LinkedHashMap<>(Math.max(16, size * 2));
                for (int i = 0; i < size; i++) {
                    String key = readString(in);
                    map.put(key, read(in, depth + 1, maxDepth));
                }
                yield map;
            }
            default -> throw new MalformedFrameException("unknown tag " + tag);
        };
    }

    private static String readString(ByteBuffer in) throws MalformedFrameException {
        int length = count(in, 2);
        char[] chars = new char[length];
        in.asCharBuffer().get(chars);
        in.position(in.position() + 2 * length);
        return new String(chars);
    }

    /** A count that the remaining bytes can actually hold, so no cap-busting allocation happens. */
    private static int count(ByteBuffer in, int minBytesEach) throws MalformedFrameException {
        int count = in.getInt();
        if (count < 0 || (long) count * minBytesEach > in.remaining()) {
            throw new MalformedFrameException("count " + count + " exceeds the frame");
        }
        return count;
    }

    /** Writes one frame: magic, payload length, payload. */
    public static void writeFrame(OutputStream out, Object value) throws IOException {
        byte[] payload = encode(value);
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(payload.length);
        data.write(payload);
        data.flush();
    }

    /**
     * Reads one frame.
     *
     * @return the decoded value
     * @throws EOFException when the stream ends cleanly before a frame starts
     */
    public static Object readFrame(InputStream in, int maxBytes, int maxDepth) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int magic = data.readInt();
        if (magic != MAGIC) {
            throw new MalformedFrameException("bad frame marker " + Integer.toHexString(magic));
        }
        int length = data.readInt();
        if (length < 0 || length > maxBytes) {
            throw new MalformedFrameException("frame of " + length + " bytes exceeds the cap of " + maxBytes);
        }
        byte[] payload = new byte[length];
        data.readFully(payload);
        return decode(payload, maxDepth);
    }
}
