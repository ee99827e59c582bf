package org.dequantlab.why;

import java.util.ArrayList;
import java.util.List;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;
import org.dequantlab.method.Problem;
import org.dequantlab.method.VoronoiCell;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every registered method on every problem it serves among K = 2, 3, both Voronoi cell families,
 * Argmax's prior fixed and learned, in 1-D and 2-D (a dimension is skipped until a method serves it),
 * at a perturbed state.
 */
final class WhyProblems {
    private WhyProblems() {}

    static List<Arguments> all() {
        List<Arguments> out = new ArrayList<>();
        for (DequantMethod m : Methods.all()) {
            for (int d = 1; d <= 2; d++) {
                for (double[] p : new double[][] {{0.7, 0.3}, {0.5, 0.3, 0.2}}) {
                    for (VoronoiCell cell : VoronoiCell.values()) {
                        for (boolean learn : new boolean[] {false, true}) {
                            Problem problem = new Problem(p.length, p, d, cell, learn);
                            boolean relevant = (m == Methods.VORONOI || cell == VoronoiCell.UNIFORM)
                                    && (m == Methods.ARGMAX || !learn);
                            if (relevant && m.refusal(problem) == null) {
                                out.add(Arguments.of(m.id() + " d=" + d + " K=" + p.length + " " + cell.id()
                                        + (learn ? " learned prior" : ""), m, problem));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The method's initial state moved a little, seeded (as the method family's tests move it). */
    static double[] perturbed(DequantMethod m, Problem p, long seed) {
        return org.dequantlab.method.MethodFamilyTest.perturbed(m, p, seed);
    }
}
