package org.dequantlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Locale;

/** On or off. */
final class FlagType implements SettingType<Boolean> {
    @Override
    public String allowed() {
        return "yes or no (true or false in JSON)";
    }

    @Override
    public Boolean parse(String key, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new ConfigException(key, "must be " + allowed() + ", got '" + SettingTypes.shorten(text) + "'");
        };
    }

    @Override
    public String format(Boolean value) {
        return value ? "yes" : "no";
    }

    @Override
    public Boolean fromJson(String key, JsonNode node) {
        if (!node.isBoolean()) {
            throw new ConfigException(key, "must be true or false, got " + JsonValues.kind(node));
        }
        return node.booleanValue();
    }

    @Override
    public JsonNode toJson(Boolean value) {
        return JsonNodeFactory.instance.booleanNode(value);
    }

    @Override
    public Boolean check(String key, Boolean value) {
        if (value == null) {
            throw new ConfigException(key, "must be " + allowed());
        }
        return value;
    }

    @Override
    public List<String> choices() {
        return List.of("no", "yes");
    }
}
