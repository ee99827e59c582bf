package org.dequantlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Finite reals in a range, closed or open below. */
final class RealType implements SettingType<Double> {
    private final double min, max;
    private final boolean openBelow;

    RealType(double min, boolean openBelow, double max) {
        this.min = min;
        this.openBelow = openBelow;
        this.max = max;
    }

    @Override
    public String allowed() {
        return openBelow ? "a number in (" + SettingTypes.number(min) + ", " + SettingTypes.number(max) + "]"
                : "a number from " + SettingTypes.number(min) + " to " + SettingTypes.number(max);
    }

    @Override
    public Double parse(String key, String text) {
        String t = text == null ? "" : text.strip();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, "must be " + allowed() + ", got '" + SettingTypes.shorten(text) + "'");
        }
        return checkAsWritten(key, v, SettingTypes.shorten(t));
    }

    @Override
    public String format(Double value) {
        return SettingTypes.number(value);
    }

    @Override
    public Double fromJson(String key, JsonNode node) {
        return checkAsWritten(key, JsonValues.real(key, allowed(), node), JsonValues.numberText(node));
    }

    @Override
    public JsonNode toJson(Double value) {
        return JsonNodeFactory.instance.numberNode(value.doubleValue());
    }

    /**
     * A refusal shows the number as it was written: {@code 1e-400} reads as 0 in double precision, and
     * "got 0" would puzzle whoever typed 1e-400.
     */
    private double checkAsWritten(String key, double v, String written) {
        if (inRange(v)) {
            return v;
        }
        String note = v == 0 && !written.matches("[-+]?[0.]*([eE][-+]?[0-9]+)?") ? " (too small: it reads as 0)" : "";
        throw new ConfigException(key, "must be " + allowed() + ", got " + written + note);
    }

    private boolean inRange(double v) {
        boolean below = openBelow ? !(v > min) : !(v >= min);
        return Double.isFinite(v) && !below && v <= max;
    }

    @Override
    public Double check(String key, Double value) {
        if (!inRange(value)) {
            throw new ConfigException(key, "must be " + allowed() + ", got " + SettingTypes.number(value));
        }
        return value;
    }
}
