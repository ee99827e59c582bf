package org.dequantlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One configuration setting, described once: its JSON key, the label people read, its unit, whether
 * it changes live (hot) or starts a new run (cold), the kind of value with what is allowed, and a
 * plain explanation. The JSON reader and writer, the record's validation messages, the window's
 * editors, its messages, Help and the command-line help all ask this, never spell a setting out.
 * The rows are in {@link Settings}.
 *
 * @param <T> the value's Java type
 */
public final class Setting<T> {
    private final String key;
    private final String label;
    private final String unit;
    private final boolean live;
    private final SettingType<T> type;
    private final String explanation;
    private final Function<ExperimentConfig, T> get;
    private final BiFunction<ExperimentConfig, T, ExperimentConfig> with;

    /**
     * @param key         the JSON name, also the record component's name
     * @param label       as the window shows it ("λ_rec")
     * @param unit        "nats", "steps", or "" for none
     * @param live        true: applies from the next step (hot); false: starts a new run (cold)
     * @param type        the kind of value and what is allowed
     * @param explanation one or two plain sentences
     * @param get         reads the value from a configuration
     * @param with        a validated copy of a configuration with the value set
     */
    public Setting(String key, String label, String unit, boolean live, SettingType<T> type, String explanation,
            Function<ExperimentConfig, T> get, BiFunction<ExperimentConfig, T, ExperimentConfig> with) {
        this.key = Objects.requireNonNull(key);
        this.label = Objects.requireNonNull(label);
        this.unit = Objects.requireNonNull(unit);
        this.live = live;
        this.type = Objects.requireNonNull(type);
        this.explanation = Objects.requireNonNull(explanation);
        this.get = Objects.requireNonNull(get);
        this.with = Objects.requireNonNull(with);
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Whether a change applies from the next step (hot) rather than starting a new run (cold). */
    public boolean live() {
        return live;
    }

    public SettingType<T> type() {
        return type;
    }

    public String explanation() {
        return explanation;
    }

    /** "a number from 0 to 1000". */
    public String allowed() {
        return type.allowed();
    }

    public T get(ExperimentConfig c) {
        return get.apply(c);
    }

    /**
     * A copy of {@code c} with this setting at {@code value}.
     *
     * @throws ConfigException naming the field if the value is not allowed
     */
    public ExperimentConfig with(ExperimentConfig c, T value) {
        return with.apply(c, type.check(key, value));
    }

    /** Checks a value's range (the record's constructor calls this for every field). */
    public T check(T value) {
        return type.check(key, value);
    }

    /** The value in {@code c} as an editor shows it. */
    public String format(ExperimentConfig c) {
        return type.format(get(c));
    }

    /**
     * {@code c} with this setting set from typed text.
     *
     * @throws ConfigException naming the field, what is allowed and what was typed
     */
    public ExperimentConfig parse(ExperimentConfig c, String text) {
        return with(c, type.parse(key, text));
    }

    /** The value's JSON form. */
    public JsonNode toJson(ExperimentConfig c) {
        return type.toJson(get(c));
    }

    /** Reads a JSON value (type only; the range is checked when it is applied). */
    public T fromJson(JsonNode node) {
        return type.fromJson(key, node);
    }

    /** Whether {@code a} and {@code b} hold the same value of this setting. */
    public boolean same(ExperimentConfig a, ExperimentConfig b) {
        return Objects.deepEquals(get(a), get(b));
    }

    /** "λ_rec 10 → 5": a change of this setting, as markers and the undo menu name it. */
    public String describeChange(ExperimentConfig before, ExperimentConfig after) {
        return label + " " + format(before) + " → " + format(after);
    }

    /** "the label (unit)" for editors: "free bits (nats)". */
    public String labelWithUnit() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    @Override
    public String toString() {
        return key;
    }
}
