package org.dequantlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A list of names from a fixed list, e.g. the methods. */
final class ChoiceListType<E> implements SettingType<List<E>> {
    private final ChoiceType<E> element;

    ChoiceListType(ChoiceType<E> element) {
        this.element = element;
    }

    @Override
    public String allowed() {
        return "a list of " + String.join(", ", element.ids());
    }

    @Override
    public List<E> parse(String key, String text) {
        List<E> out = new ArrayList<>();
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return out;
        }
        String[] parts = t.split("[,;\\s]+");
        for (int i = 0; i < parts.length; i++) {
            try {
                out.add(element.parse(key, parts[i]));
            } catch (ConfigException e) {
                throw new ConfigException(key, "entry " + i + " must be " + element.allowed() + ", got '"
                        + SettingTypes.shorten(parts[i]) + "'");
            }
        }
        return out;
    }

    @Override
    public String format(List<E> value) {
        return value.stream().map(element::format).collect(Collectors.joining(", "));
    }

    @Override
    public List<E> fromJson(String key, JsonNode node) {
        if (!node.isArray()) {
            throw new ConfigException(key, "must be an array such as [" + element.ids().stream()
                    .map(s -> "\"" + s + "\"").collect(Collectors.joining(", ")) + "], got "
                    + JsonValues.kind(node));
        }
        List<E> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            if (!e.isTextual()) {
                throw new ConfigException(key, "entry " + i + " must be one of " + element.quoted() + ", got "
                        + JsonValues.kind(e));
            }
            try {
                out.add(element.parse(key, e.textValue()));
            } catch (ConfigException ex) {
                throw new ConfigException(key, "entry " + i + ": " + ex.detail());
            }
        }
        return out;
    }

    @Override
    public JsonNode toJson(List<E> value) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (E v : value) {
            a.add(element.format(v));
        }
        return a;
    }

    @Override
    public List<E> check(String key, List<E> value) {
        for (E v : value) {
            element.check(key, v);
        }
        return value;
    }
}
