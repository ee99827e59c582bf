package org.dequantlab.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One varied setting and its values as typed (they label the chart and the CSV), e.g.
 * {@code lambdaRec=1,2,5,10}.
 */
public record SweepAxis(SweepSetting setting, List<String> values) {
    /** Most values on one axis. */
    public static final int MAX_VALUES = 100;

    public SweepAxis {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(setting.id() + ": give at least one value");
        }
        values = List.copyOf(values);
        if (values.size() > MAX_VALUES) {
            throw new IllegalArgumentException(setting.id() + ": at most " + MAX_VALUES + " values, got "
                    + values.size());
        }
        if (new LinkedHashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException(setting.id() + ": a value is listed twice in " + values);
        }
    }

    /**
     * Parses {@code NAME=V1,V2,…} (blanks around names and values ignored).
     *
     * @throws IllegalArgumentException naming what is wrong and what is allowed
     */
    public static SweepAxis parse(String text) {
        String t = text == null ? "" : text.strip();
        int eq = t.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not NAME=V1,V2,... (NAME one of: "
                    + SweepSetting.allowed() + ")");
        }
        SweepSetting setting = SweepSetting.parse(t.substring(0, eq));
        List<String> values = new ArrayList<>();
        for (String v : t.substring(eq + 1).split(",", -1)) {
            String s = v.strip();
            if (s.isEmpty()) {
                throw new IllegalArgumentException(setting.id() + ": empty value in '" + text + "'");
            }
            values.add(s);
        }
        return new SweepAxis(setting, values);
    }

    /** E.g. {@code lambdaRec=1,2,5}. */
    @Override
    public String toString() {
        return setting.id() + "=" + String.join(",", values);
    }
}
