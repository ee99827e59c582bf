package org.dequantlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Positive numbers, one per category: p̃(x). */
final class NumbersType implements SettingType<double[]> {
    @Override
    public String allowed() {
        return "positive numbers, one per category";
    }

    @Override
    public double[] parse(String key, String text) {
        String[] parts = (text == null ? "" : text.strip()).split("[,;\\s]+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new ConfigException(key, "must be comma-separated positive numbers, entry " + i + " is '"
                        + SettingTypes.shorten(parts[i]) + "'");
            }
        }
        return v;
    }

    @Override
    public String format(double[] value) {
        return Arrays.stream(value).mapToObj(SettingTypes::readable).collect(Collectors.joining(", "));
    }

    @Override
    public double[] fromJson(String key, JsonNode node) {
        if (!node.isArray()) {
            throw new ConfigException(key, "must be an array of numbers such as [0.8, 0.2], got "
                    + JsonValues.kind(node));
        }
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode e = node.get(i);
            if (!e.isNumber()) {
                throw new ConfigException(key, "entry " + i + " must be a number, got " + JsonValues.kind(e));
            }
            out[i] = e.isBigDecimal() ? e.decimalValue().doubleValue() : e.doubleValue();
            if (!Double.isFinite(out[i])) {
                throw new ConfigException(key, "entry " + i + " must be a finite number, got "
                        + JsonValues.numberText(e));
            }
        }
        return out;
    }

    @Override
    public JsonNode toJson(double[] value) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (double v : value) {
            a.add(v);
        }
        return a;
    }

    @Override
    public double[] check(String key, double[] value) {
        return value; // positivity and the count are checked with K by the record
    }
}
