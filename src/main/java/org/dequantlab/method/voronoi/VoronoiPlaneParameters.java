package org.dequantlab.method.voronoi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dequantlab.method.Decoration;
import org.dequantlab.method.PlanePath;
import org.dequantlab.method.SupportShape;
import org.dequantlab.model.Parameters;

/**
 * The natural parameters and the drawing decorations of a 2-D Voronoi encoder: cells outlined in both
 * planes (straight in the CDF square v = (w + 1)/2, curved in z and densified there), shared edges as
 * walls, anchors.
 */
final class VoronoiPlaneParameters {
    private VoronoiPlaneParameters() {}

    /**
     * mu/mu2 = the anchor in z, scale/scale2 = the cell's area (uniform) or y's sd (radial), lower/upper 0
     * and 1, anchor1/anchor2 in w, area, and the cell's bounding box in z as the supports (second axis
     * as supportLow2/supportHigh2).
     */
    static Parameters of(VoronoiEncoder2D e) {
        int k = e.k;
        VoronoiCells2D c = e.cells;
        Map<String, double[]> v = new LinkedHashMap<>();
        double[][] mu = new double[2][k], scale = new double[2][k], lo = new double[2][k], hi = new double[2][k];
        double[] ones = new double[k];
        for (int x = 0; x < k; x++) {
            ones[x] = 1;
            mu[0][x] = VoronoiCells.zOf(c.c1[x]);
            mu[1][x] = VoronoiCells.zOf(c.c2[x]);
            for (int d = 0; d < 2; d++) {
                scale[d][x] = e.scale(x, d);
                double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < c.count[x]; i++) {
                    double w = d == 0 ? c.px[x][i] : c.py[x][i];
                    min = Math.min(min, w);
                    max = Math.max(max, w);
                }
                lo[d][x] = VoronoiCells.zOf(min);
                hi[d][x] = VoronoiCells.zOf(max);
            }
        }
        v.put("mu", mu[0]);
        v.put("scale", scale[0]);
        v.put("lower", new double[k]);
        v.put("upper", ones.clone());
        v.put("mu2", mu[1]);
        v.put("scale2", scale[1]);
        v.put("lower2", new double[k]);
        v.put("upper2", ones);
        v.put("anchor1", c.c1.clone());
        v.put("anchor2", c.c2.clone());
        v.put("area", c.area.clone());
        if (e.radial) {
            v.put("offset1", e.m1.clone());
            v.put("offset2", e.m2.clone());
        }
        v.put("supportLow2", lo[1]);
        v.put("supportHigh2", hi[1]);
        return Parameters.of(v, lo[0], hi[0], Map.of());
    }

    /** Each cell outlined, each shared edge once as a wall, each anchor. */
    static List<Decoration> decorations(VoronoiEncoder2D e) {
        List<Decoration> out = new ArrayList<>();
        VoronoiCells2D c = e.cells;
        for (int x = 0; x < e.k; x++) {
            int n = c.count[x];
            double[] vx = new double[n], vy = new double[n];
            for (int i = 0; i < n; i++) {
                vx[i] = 0.5 * (c.px[x][i] + 1);
                vy[i] = 0.5 * (c.py[x][i] + 1);
            }
            out.add(new Decoration.Region(x, SupportShape.CELL, curve(c.px[x], c.py[x], n, true),
                    new PlanePath(vx, vy, true)));
        }
        for (int x = 0; x < e.k; x++) {
            int n = c.count[x];
            for (int i = 0; i < n; i++) {
                int j = c.label[x][i];
                if (j <= x) {
                    continue; // box sides (negative), and each shared edge once
                }
                int next = i + 1 == n ? 0 : i + 1;
                double[] ex = {c.px[x][i], c.px[x][next]}, ey = {c.py[x][i], c.py[x][next]};
                out.add(new Decoration.Wall2D(Decoration.Role.CELL, curve(ex, ey, 2, false),
                        PlanePath.segment(0.5 * (ex[0] + 1), 0.5 * (ey[0] + 1), 0.5 * (ex[1] + 1), 0.5 * (ey[1] + 1)), x,
                        j));
            }
        }
        for (int x = 0; x < e.k; x++) {
            out.add(new Decoration.Anchor2D(x, VoronoiCells.zOf(c.c1[x]), VoronoiCells.zOf(c.c2[x]),
                    0.5 * (c.c1[x] + 1), 0.5 * (c.c2[x] + 1)));
        }
        return out;
    }

    /**
     * The z-plane image of a polyline in w (n points, closed or not): each straight piece sampled at
     * {@link PlanePath#CURVE_POINTS} points, z = 2·atanh w, clamped.
     */
    static PlanePath curve(double[] wx, double[] wy, int n, boolean closed) {
        int pieces = closed ? n : n - 1;
        int per = PlanePath.CURVE_POINTS;
        double[] zx = new double[pieces * per + (closed ? 0 : 1)], zy = new double[zx.length];
        int m = 0;
        for (int p = 0; p < pieces; p++) {
            int q = p + 1 == n ? 0 : p + 1;
            for (int s = 0; s < per; s++) {
                double t = (double) s / per;
                zx[m] = PlanePath.clampZ(VoronoiCells.zOf(wx[p] + t * (wx[q] - wx[p])));
                zy[m++] = PlanePath.clampZ(VoronoiCells.zOf(wy[p] + t * (wy[q] - wy[p])));
            }
        }
        if (!closed) {
            zx[m] = PlanePath.clampZ(VoronoiCells.zOf(wx[n - 1]));
            zy[m] = PlanePath.clampZ(VoronoiCells.zOf(wy[n - 1]));
        }
        return new PlanePath(zx, zy, closed);
    }
}
