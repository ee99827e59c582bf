package org.dequantlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.function.Function;

/** Integers from a minimum to a maximum (int or long). */
final class WholeType<T extends Number> implements SettingType<T> {
    private final long min, max;
    private final String zeroMeans;
    private final int bits;
    private final Function<Long, T> box;
    private final boolean listed;

    /** {@code listed}: a few values, offered as a choice and named one by one ("1 or 2"). */
    WholeType(long min, long max, String zeroMeans, int bits, Function<Long, T> box, boolean listed) {
        this.min = min;
        this.max = max;
        this.zeroMeans = zeroMeans;
        this.bits = bits;
        this.box = box;
        this.listed = listed;
    }

    @Override
    public java.util.List<String> choices() {
        return listed ? java.util.stream.LongStream.rangeClosed(min, max).mapToObj(Long::toString).toList()
                : java.util.List.of();
    }

    @Override
    public String allowed() {
        if (listed) {
            java.util.List<String> c = choices();
            return String.join(", ", c.subList(0, c.size() - 1)) + " or " + c.get(c.size() - 1);
        }
        if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
            return "an integer";
        }
        return "an integer from " + min + (min == 0 && zeroMeans != null ? " (" + zeroMeans + ")" : "") + " to "
                + max;
    }

    @Override
    public T parse(String key, String text) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("_", "");
        try {
            return check(key, box.apply(Long.parseLong(t)));
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "must be " + allowed() + ", got '" + SettingTypes.shorten(text) + "'");
        }
    }

    @Override
    public String format(T value) {
        return Long.toString(value.longValue());
    }

    @Override
    public T fromJson(String key, JsonNode node) {
        BigInteger v = JsonValues.integer(key, allowed(), node);
        if (v.bitLength() > bits) {
            throw new ConfigException(key, "must be " + allowed() + ", got " + v + ", which is out of range");
        }
        return box.apply(v.longValue());
    }

    @Override
    public JsonNode toJson(T value) {
        return bits <= 31 ? JsonNodeFactory.instance.numberNode(value.intValue()) : JsonNodeFactory.instance.numberNode(value.longValue());
    }

    @Override
    public T check(String key, T value) {
        long v = value.longValue();
        if (v < min || v > max) {
            throw new ConfigException(key, "must be " + allowed() + ", got " + v);
        }
        return value;
    }
}
