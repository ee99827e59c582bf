package org.dequantlab.config;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One kind of setting value (a bounded integer, a real in a range, a choice, a list …): how it is
 * typed, shown, written to JSON, read from JSON and checked, with messages that say what is allowed.
 * Implementations are in {@link SettingTypes}; {@link Setting} pairs one with a configuration field.
 *
 * @param <T> the Java type of the value
 */
public interface SettingType<T> {
    /** What is allowed, as people read it: "a number from 0 to 1000", "one of: exact, mc". */
    String allowed();

    /**
     * Parses typed text.
     *
     * @throws ConfigException naming {@code key}, saying what is allowed and what was typed
     */
    T parse(String key, String text);

    /** The value as shown in an editor (and typed back by {@link #parse}). */
    String format(T value);

    /**
     * Reads a JSON value; the type is checked here, the range by {@link #check}.
     *
     * @throws ConfigException naming {@code key} if the node has the wrong type
     */
    T fromJson(String key, JsonNode node);

    /** The JSON form of a value. */
    JsonNode toJson(T value);

    /**
     * Checks the range (the configuration's constructor calls it for every field).
     *
     * @return the value
     * @throws ConfigException naming {@code key}, saying what is allowed and what was given
     */
    T check(String key, T value);

    /** The choices an editor offers, or an empty list when the value is typed. */
    default java.util.List<String> choices() {
        return java.util.List.of();
    }
}
