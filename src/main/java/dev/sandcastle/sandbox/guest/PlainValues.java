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
 * before any untrusted code ran, and enter it as fresh objects built by those types' own
 * built-in methods (also captured before, so no guest can swap them). Reading is bounded here,
 * in Java, whatever the Python wall's own check said: a string's length and an int's size are
 * looked at before either is copied out.
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
    private final Value append;
    private final Value put;
    private final Value strLen;
    private final Value none;
    /** Built-in methods that read a subclass instance through its base type, never its overrides. */
    private final Value dictItems;
    private final Value listLen;
    private final Value listItem;
    private final Value tupleLen;
    private final Value tupleItem;
    private final Value intIndex;
    private final Value strStr;
    private final Value floatFloat;

    /**
     * {@code types} is the wall's [NoneType, bool, int, float, str, list, tuple, dict], taken
     * before any player code ran; built-in types are immutable, so their methods stay the real ones.
     */
    PlainValues(Value types) {
        this.noneType = types.getArrayElement(0);
        this.boolType = types.getArrayElement(1);
        this.intType = types.getArrayElement(2);
        this.floatType = types.getArrayElement(3);
        this.strType = types.getArrayElement(4);
        this.listType = types.getArrayElement(5);
        this.tupleType = types.getArrayElement(6);
        this.dictType = types.getArrayElement(7);
        this.append = listType.getMember("append");
        this.put = dictType.getMember("__setitem__");
        this.strLen = strType.getMember("__len__");
        this.none = noneType.execute();
        this.dictItems = dictType.getMember("items");
        this.listLen = listType.getMember("__len__");
        this.listItem = listType.getMember("__getitem__");
        this.tupleLen = tupleType.getMember("__len__");
        this.tupleItem = tupleType.getMember("__getitem__");
        this.intIndex = intType.getMember("__index__");
        this.strStr = strType.getMember("__str__");
        this.floatFloat = floatType.getMember("__float__");
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
            // base 16: int() refuses more than 4300 decimal digits, never a power-of-two base
            return intType.execute(big.toString(16), 16);
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

    /**
     * Plain Java data for a guest value, checking the type object of every node and the size
     * budget (16 bytes a node, a string's characters, an int's bytes) before copying anything.
     */
    Object fromGuest(Value value, int maxDepth, long maxBytes) throws NotPlainData {
        return read(value, 0, maxDepth, new long[] {maxBytes});
    }

    private void spend(long[] budget, long bytes) throws NotPlainData {
        budget[0] -= bytes;
        if (budget[0] < 0) {
            throw new NotPlainData("the result is too large");
        }
    }

    private Object read(Value value, int depth, int maxDepth, long[] budget) throws NotPlainData {
        if (depth > maxDepth) {
            throw new NotPlainData("the result is nested too deeply");
        }
        spend(budget, 16);
        Value type = value.getMetaObject();
        if (type.equals(noneType)) {
            return null;
        }
        if (type.equals(boolType)) {
            return value.asBoolean();
        }
        if (type.equals(intType)) {
            if (value.fitsInLong()) {
                return value.asLong();
            }
            java.math.BigInteger big = value.asBigInteger(); // binary, no decimal rendering
            if (dev.sandcastle.sandbox.PlainData.tooManyDigits(big)) {
                throw new NotPlainData("the result holds an int of more than "
                        + dev.sandcastle.sandbox.PlainData.MAX_INT_DIGITS + " digits");
            }
            spend(budget, big.bitLength() / 8);
            return big;
        }
        if (type.equals(floatType)) {
            return value.asDouble();
        }
        if (type.equals(strType)) {
            spend(budget, strLen.execute(value).asLong());
            return value.asString();
        }
        if (type.equals(listType) || type.equals(tupleType)) {
            long size = value.getArraySize();
            List<Object> out = new ArrayList<>((int) Math.min(size, 1024));
            for (long i = 0; i < size; i++) {
                out.add(read(value.getArrayElement(i), depth + 1, maxDepth, budget));
            }
            return out;
        }
        if (type.equals(dictType)) {
            return readEntries(value.getHashEntriesIterator(), depth, maxDepth, budget);
        }
        return readSubclass(value, depth, maxDepth, budget);
    }

    /**
     * An instance of a subclass of a plain type (Counter, OrderedDict, defaultdict, a named
     * tuple, an IntEnum member, a str subclass) read through the base type's own built-in
     * methods: its data as the base type holds it, never what its overrides say, so a class
     * still cannot fake equality. Anything that goes wrong reading it is "not plain data".
     */
    private Object readSubclass(Value value, int depth, int maxDepth, long[] budget) throws NotPlainData {
        try {
            // the real type's MRO decides (interop's isMetaInstance, no __instancecheck__, no __class__):
            // a built-in method called through interop does not check its receiver itself
            if (dictType.isMetaInstance(value)) {
                return readEntries(dictItems.execute(value).getIterator(), depth, maxDepth, budget);
            }
            if (listType.isMetaInstance(value)) {
                return readItems(value, listLen, listItem, depth, maxDepth, budget);
            }
            if (tupleType.isMetaInstance(value)) {
                return readItems(value, tupleLen, tupleItem, depth, maxDepth, budget);
            }
            Value plain = null;
            if (intType.isMetaInstance(value)) {
                plain = intIndex.execute(value);
            } else if (strType.isMetaInstance(value)) {
                plain = strStr.execute(value);
            } else if (floatType.isMetaInstance(value)) {
                plain = floatFloat.execute(value);
            }
            if (plain != null) {
                Value type = plain.getMetaObject();
                if (type.equals(intType) || type.equals(strType) || type.equals(floatType)) {
                    return read(plain, depth, maxDepth, budget);
                }
            }
        } catch (org.graalvm.polyglot.PolyglotException e) {
            if (e.isCancelled() || e.isInterrupted() || e.isResourceExhausted()) {
                throw e;
            }
            throw new NotPlainData("the result could not be read as plain data");
        }
        throw new NotPlainData("the result must be plain data (None, bool, int, float, str, list, tuple, dict"
                + " or a subclass of one of them)");
    }

    private List<Object> readItems(Value value, Value length, Value item, int depth, int maxDepth, long[] budget)
            throws NotPlainData {
        long size = length.execute(value).asLong();
        List<Object> out = new ArrayList<>((int) Math.min(size, 1024));
        for (long i = 0; i < size; i++) {
            out.add(read(item.execute(value, i), depth + 1, maxDepth, budget));
        }
        return out;
    }

    /** A dict's (key, value) pairs, keys exactly str, values read as plain data. */
    private Map<String, Object> readEntries(Value entries, int depth, int maxDepth, long[] budget) throws NotPlainData {
        Map<String, Object> out = new LinkedHashMap<>();
        while (entries.hasIteratorNextElement()) {
            Value entry = entries.getIteratorNextElement();
            Value key = entry.getArrayElement(0);
            if (!type(key, strType)) {
                throw new NotPlainData("dict keys in the result must be str");
            }
            spend(budget, strLen.execute(key).asLong());
            out.put(key.asString(), read(entry.getArrayElement(1), depth + 1, maxDepth, budget));
        }
        return out;
    }


    private static boolean type(Value value, Value type) {
        return value.getMetaObject().equals(type);
    }

}
