package org.dequantlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One name from a fixed list (an enum's ids). */
final class ChoiceType<E> implements SettingType<E> {
    private final List<E> values;
    private final Function<E, String> id;

    ChoiceType(List<E> values, Function<E, String> id) {
        this.values = List.copyOf(values);
        this.id = id;
    }

    List<String> ids() {
        return values.stream().map(id).toList();
    }

    @Override
    public String allowed() {
        return "one of: " + String.join(", ", ids());
    }

    /** "\"exact\" or \"mc\"". */
    String quoted() {
        List<String> q = ids().stream().map(s -> "\"" + s + "\"").toList();
        return q.size() == 1 ? q.get(0)
                : String.join(", ", q.subList(0, q.size() - 1)) + " or " + q.get(q.size() - 1);
    }

    @Override
    public E parse(String key, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (E v : values) {
            if (id.apply(v).equals(t)) {
                return v;
            }
        }
        throw new ConfigException(key, "must be " + allowed() + ", got '" + SettingTypes.shorten(text) + "'");
    }

    @Override
    public String format(E value) {
        return id.apply(value);
    }

    @Override
    public E fromJson(String key, JsonNode node) {
        if (!node.isTextual()) {
            throw new ConfigException(key, "must be " + quoted() + ", got " + JsonValues.kind(node));
        }
        return parse(key, node.textValue());
    }

    @Override
    public JsonNode toJson(E value) {
        return JsonNodeFactory.instance.textNode(id.apply(value));
    }

    @Override
    public E check(String key, E value) {
        if (value == null || !values.contains(value)) {
            throw new ConfigException(key, "must be " + allowed());
        }
        return value;
    }

    @Override
    public List<String> choices() {
        return ids();
    }
}
