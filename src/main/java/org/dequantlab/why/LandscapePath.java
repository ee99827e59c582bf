package org.dequantlab.why;

import java.util.ArrayList;
import java.util.List;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.train.History;
import org.dequantlab.train.HistoryRecord;

/**
 * The optimiser's recent path from a run's {@link History}: the recorded raw parameters of one method
 * at the last {@code max} recorded steps up to a step, oldest first, with the loss recorded there
 * (at the whole θ of that step, not on a slice).
 */
public record LandscapePath(long[] steps, List<double[]> thetas, double[] loss) {

    /** The path of {@code method} up to {@code upTo}, at most {@code max} points. */
    public static LandscapePath recent(History history, DequantMethod method, long upTo, int max) {
        List<HistoryRecord> records = history.records();
        List<HistoryRecord.Point> points = new ArrayList<>();
        List<Long> steps = new ArrayList<>();
        for (int i = records.size() - 1; i >= 0 && points.size() < max; i--) {
            HistoryRecord r = records.get(i);
            if (r.step() > upTo) {
                continue;
            }
            HistoryRecord.Point p = r.point(method);
            if (p != null) {
                points.add(0, p);
                steps.add(0, r.step());
            }
        }
        long[] s = new long[steps.size()];
        double[] l = new double[steps.size()];
        List<double[]> t = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            s[i] = steps.get(i);
            l[i] = points.get(i).loss();
            t.add(points.get(i).theta());
        }
        return new LandscapePath(s, t, l);
    }

    /** An empty path. */
    public static LandscapePath none() {
        return new LandscapePath(new long[0], List.of(), new double[0]);
    }

    public int size() {
        return steps.length;
    }

    /** Parameter {@code p} along the path. */
    public double[] coordinate(int p) {
        double[] out = new double[steps.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = thetas.get(i)[p];
        }
        return out;
    }
}
