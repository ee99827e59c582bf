package org.dequantlab.render.why;

import java.awt.geom.Path2D;

/**
 * Contour lines of a grid by marching squares, as line segments in data coordinates (one path per
 * level). Cells with a NaN corner are skipped; a saddle cell is resolved by the mean of its corners.
 */
public final class Contours {
    private Contours() {}

    /**
     * The contour of {@code level} through row-major values {@code v[iy·xs.length + ix]}.
     */
    public static Path2D.Double line(double[] xs, double[] ys, double[] v, double level) {
        Path2D.Double path = new Path2D.Double();
        int nx = xs.length;
        for (int iy = 0; iy + 1 < ys.length; iy++) {
            for (int ix = 0; ix + 1 < nx; ix++) {
                double a = v[iy * nx + ix], b = v[iy * nx + ix + 1];
                double c = v[(iy + 1) * nx + ix + 1], d = v[(iy + 1) * nx + ix];
                if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
                    continue;
                }
                int code = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
                if (code == 0 || code == 15) {
                    continue;
                }
                double x0 = xs[ix], x1 = xs[ix + 1], y0 = ys[iy], y1 = ys[iy + 1];
                // crossing points on the four edges: bottom (a-b), right (b-c), top (d-c), left (a-d)
                double bx = lerp(x0, x1, a, b, level), ry = lerp(y0, y1, b, c, level);
                double tx = lerp(x0, x1, d, c, level), ly = lerp(y0, y1, a, d, level);
                switch (code) {
                    case 1, 14 -> segment(path, bx, y0, x0, ly);
                    case 2, 13 -> segment(path, bx, y0, x1, ry);
                    case 3, 12 -> segment(path, x0, ly, x1, ry);
                    case 4, 11 -> segment(path, x1, ry, tx, y1);
                    case 6, 9 -> segment(path, bx, y0, tx, y1);
                    case 7, 8 -> segment(path, x0, ly, tx, y1);
                    case 5, 10 -> {
                        boolean centreHigh = (a + b + c + d) / 4 > level;
                        if ((code == 5) == centreHigh) {
                            segment(path, bx, y0, x1, ry);
                            segment(path, x0, ly, tx, y1);
                        } else {
                            segment(path, bx, y0, x0, ly);
                            segment(path, x1, ry, tx, y1);
                        }
                    }
                    default -> { }
                }
            }
        }
        return path;
    }

    private static void segment(Path2D.Double p, double x0, double y0, double x1, double y1) {
        p.moveTo(x0, y0);
        p.lineTo(x1, y1);
    }

    /** Where between p0 (value f0) and p1 (value f1) the level is crossed. */
    private static double lerp(double p0, double p1, double f0, double f1, double level) {
        double t = f1 == f0 ? 0.5 : (level - f0) / (f1 - f0);
        return p0 + Math.max(0, Math.min(1, t)) * (p1 - p0);
    }
}
