package org.dequantlab.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.method.VoronoiCell;

/** Reading the method fields of a configuration: {@code methods} and the method options. */
final class MethodFieldsJson {
    private MethodFieldsJson() {}

    static VoronoiCell voronoiCell(JsonNode n) {
        if (!n.isTextual()) {
            throw new ConfigException("voronoiCell", "must be \"uniform\" or \"radial\", got " + ConfigJson.kind(n));
        }
        try {
            return VoronoiCell.parse(n.textValue());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("voronoiCell", e.getMessage());
        }
    }

    static boolean booleanValue(String field, JsonNode n) {
        if (!n.isBoolean()) {
            throw new ConfigException(field, "must be true or false, got " + ConfigJson.kind(n));
        }
        return n.booleanValue();
    }

    static List<DequantMethod> methods(JsonNode n) {
        if (!n.isArray()) {
            throw new ConfigException("methods", "must be an array such as [\"catnf\", \"trufl\"], got " + ConfigJson.kind(n));
        }
        List<DequantMethod> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isTextual()) {
                throw new ConfigException("methods", "entry " + i + " must be one of \"" + Methods.allowed()
                        .replace(", ", "\", \"") + "\", got " + ConfigJson.kind(e));
            }
            try {
                out.add(Methods.parse(e.textValue()));
            } catch (IllegalArgumentException ex) {
                throw new ConfigException("methods", "entry " + i + ": " + ex.getMessage());
            }
        }
        return out;
    }
}
