package org.dequantlab.train;

import java.util.List;
import org.dequantlab.method.DequantMethod;

/**
 * One recorded step: per method the raw parameters (enough to rebuild any drawing) and the exact
 * loss, Rec and KL at those parameters.
 */
public record HistoryRecord(long step, List<Point> points) {

    public HistoryRecord {
        points = List.copyOf(points);
    }

    /** The point of one method, or null. */
    public Point point(DequantMethod m) {
        for (Point p : points) {
            if (p.method() == m) {
                return p;
            }
        }
        return null;
    }

    /** One method's values at the recorded step. */
    public record Point(DequantMethod method, double[] theta, double loss, double recon, double kl, double[] klPerCategory) {
        public Point {
            theta = theta.clone();
            klPerCategory = klPerCategory.clone();
        }

        @Override
        public double[] theta() {
            return theta.clone();
        }

        @Override
        public double[] klPerCategory() {
            return klPerCategory.clone();
        }
    }
}
