package dev.sandcastle.sandbox.guest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * Moves plain data across the boundary without ever running guest code: values leave the
 * guest only when their type object is identical to one of the built-in types captured
 * before any untrusted code ran, and enter it as fresh objects built by trusted helpers.
 */
final class PlainValues {

    /** Thrown when a guest value is not plain data; the message is built from trusted text only. */
    static final class NotPlainData extends Exception {
        NotPlainData(String message) {
            super(message, null, false, false);
        }
    }

    private final Value noneType;
    private final Value boolType;
    private final Value intType;
    private final Value floatType;
    private final Value strType;
    private final Value listType;
    private final Value tupleType;
    private final Value dictType;
    private final Value mkInt;
    private final Value append;
    private final Value put;
    private final Value none;

    /** {@code types} is the wall's [NoneType, bool, int, float, str, list, tuple, dict]. */
    PlainValues(Value types, Value mkInt, Value append, Value put) {
        this.noneType = types.getArrayElement(0);
        this.boolType = types.getArrayElement(1);
        this.intType = types.getArrayElement(2);
        this.floatType = types.getArrayElement(3);
        this.strType = types.getArrayElement(4);
        this.listType = types.getArrayElement(5);
        this.tupleType = types.getArrayElement(6);
        this.dictType = types.getArrayElement(7);
        this.mkInt = mkInt;
        this.append = append;
        this.put = put;
        this.none = noneType.execute();
    }

    /** A fresh guest object for a plain Java value (see {@link dev.sandcastle.sandbox.PlainData}). */
    Value toGuest(Object value) {
        if (value == null) {
            return none;
        }
        if (value instanceof Boolean || value instanceof Long || value instanceof Integer
                || value instanceof Double || value instanceof String) {
            return listType.getContext().asValue(value);
        }
        if (value instanceof BigInteger big) {
            return mkInt.execute(big.toString());
        }
        if (value instanceof List<?> list) {
            Value guest = listType.execute();
            for (Object element : list) {
                append.execute(guest, toGuest(element));
            }
            return guest;
        }
        if (value instanceof Map<?, ?> map) {
            Value guest = dictType.execute();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                put.execute(guest, toGuest((String) entry.getKey()), toGuest(entry.getValue()));
            }
            return guest;
        }
        throw new IllegalArgumentException("not plain data: " + value.getClass().getSimpleName());
    }

    /** True when the guest value is exactly a str (then asString runs no guest code). */
    boolean isStr(Value value) {
        return value != null && value.getMetaObject().equals(strType);
    }

    boolean isList(Value value) {
        return value != null && value.getMetaObject().equals(listType);
    }

    String str(Value value, String fallback) {
        return isStr(value) ? value.asString() : fallback;
    }

    long integer(Value value, long fallback) {
        return value != null && value.getMetaObject().equals(intType) && value.fitsInLong() ? value.asLong() : fallback;
    }

    /** Plain Java data for a guest value, checking the type object of every node. */
    Object fromGuest(Value value, int maxDepth) throws NotPlainData {
        return read(value, 0, maxDepth);
    }

    private Object read(Value value, int depth, int maxDepth) throws NotPlainData {
        if (depth > maxDepth) {
            throw new NotPlainData("the result is nested too deeply");
        }
        Value type = value.getMetaObject();
        if (type.equals(noneType)) {
            return null;
        }
        if (type.equals(boolType)) {
            return value.asBoolean();
        }
        if (type.equals(intType)) {
            return value.fitsInLong() ? (Object) value.asLong() : value.asBigInteger();
        }
        if (type.equals(floatType)) {
            return value.asDouble();
        }
        if (type.equals(strType)) {
            return value.asString();
        }
        if (type.equals(listType) || type.equals(tupleType)) {
            long size = value.getArraySize();
            List<Object> out = new ArrayList<>((int) Math.min(size, 1024));
            for (long i = 0; i < size; i++) {
                out.add(read(value.getArrayElement(i), depth + 1, maxDepth));
            }
            return out;
        }
        if (type.equals(dictType)) {
            Map<String, Object> out = new LinkedHashMap<>();
            Value entries = value.getHashEntriesIterator();
            while (entries.hasIteratorNextElement()) {
                Value entry = entries.getIteratorNextElement();
                Value key = entry.getArrayElement(0);
                if (!type(key, strType)) {
                    throw new NotPlainData("dict keys in the result must be str");
                }
                out.put(key.asString(), read(entry.getArrayElement(1), depth + 1, maxDepth));
            }
            return out;
        }
        throw new NotPlainData("the result must be plain data (None, bool, int, float, str, list, tuple, dict)");
    }

    private static boolean type(Value value, Value type) {
        return value.getMetaObject().equals(type);
    }

}
