package dev.sandcastle.sandbox.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireCodecTest {

    private static Object roundTrip(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WireCodec.writeFrame(out, value);
        return WireCodec.readFrame(new ByteArrayInputStream(out.toByteArray()), 1 << 20, 64);
    }

    @Test
    void everyKindOfPlainDataSurvivesTheWire() throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("none", null);
        map.put("yes", true);
        map.put("no", false);
        map.put("long", Long.MIN_VALUE);
        map.put("big", new BigInteger("-123456789012345678901234567890"));
        map.put("pi", Math.PI);
        map.put("negativeZero", -0.0);
        map.put("inf", Double.POSITIVE_INFINITY);
        map.put("minusInf", Double.NEGATIVE_INFINITY);
        map.put("text", "héllo \uD83D\uDE00 and a lone surrogate \uD800");
        map.put("", "empty key");
        map.put("nested", List.of(List.of(), new ArrayList<>(Arrays.asList(1L, null, "x")), Map.of("k", 2.5)));
        assertEquals(map, roundTrip(map));
    }

    @Test
    void nanStaysNan() throws IOException {
        Object back = roundTrip(List.of(Double.NaN));
        assertTrue(Double.isNaN((Double) ((List<?>) back).getFirst()));
    }

    @Test
    void integersAreLongsAndTypesStayDistinct() throws IOException {
        assertEquals(List.of(1L, 1.0, true, "1"), roundTrip(List.of(1, 1.0, true, "1")));
    }

    @Test
    void aFrameLargerThanTheCapIsRejectedBeforeItIsRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WireCodec.writeFrame(out, "x".repeat(1_000));
        assertThrows(WireCodec.MalformedFrameException.class,
                () -> WireCodec.readFrame(new ByteArrayInputStream(out.toByteArray()), 100, 64));
    }

    @Test
    void aHugeElementCountInATinyFrameIsRejectedWithoutAllocating() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeByte(7); // list
        data.writeInt(Integer.MAX_VALUE);
        assertThrows(WireCodec.MalformedFrameException.class, () -> WireCodec.decode(bytes.toByteArray(), 64));
    }

    @Test
    void nestingDeeperThanTheCapIsRejected() throws IOException {
        Object deep = "leaf";
        for (int i = 0; i < 100; i++) {
            deep = List.of(deep);
        }
        byte[] encoded = WireCodec.encode(deep);
        assertThrows(WireCodec.MalformedFrameException.class, () -> WireCodec.decode(encoded, 50));
        assertEquals(deep, WireCodec.decode(encoded, 200));
    }

    @Test
    void strayBytesInTheChannelAreDetected() {
        byte[] garbage = "Terminating due to java.lang.OutOfMemoryError".getBytes();
        assertThrows(WireCodec.MalformedFrameException.class,
                () -> WireCodec.readFrame(new ByteArrayInputStream(garbage), 1 << 20, 64));
    }

    @Test
    void truncatedValuesAndUnknownTagsAreRejected() {
        assertThrows(WireCodec.MalformedFrameException.class, () -> WireCodec.decode(new byte[] {3, 0, 0}, 8));
        assertThrows(WireCodec.MalformedFrameException.class, () -> WireCodec.decode(new byte[] {42}, 8));
        assertThrows(WireCodec.MalformedFrameException.class, () -> WireCodec.decode(new byte[] {0, 0}, 8));
    }

    @Test
    void nonPlainValuesCannotBeEncoded() {
        assertThrows(IllegalArgumentException.class, () -> WireCodec.encode(new Object()));
        assertThrows(IllegalArgumentException.class, () -> WireCodec.encode(Map.of(1, 2)));
    }
}
