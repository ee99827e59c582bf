package org.dequantlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Encoder;
import org.dequantlab.method.Encoder2D;
import org.dequantlab.method.Methods;
import org.dequantlab.method.Posterior;
import org.dequantlab.method.Problem;
import org.dequantlab.method.VoronoiCell;
import org.junit.jupiter.api.Test;

/**
 * The drawing fields of a 2-D encoder (docs/notes-2d-drawing.md): every cell agrees with the encoder
 * and the one decoder, and the CDF square shows mass as area.
 */
class DensityFieldGridTest {

    static Problem plane(double... p) {
        return new Problem(p.length, p, 2, VoronoiCell.UNIFORM, false);
    }

    @Test
    void everyCellAgreesWithTheEncoderAndTheDecoderInBothPlanes() {
        Problem p = plane(0.4, 0.3, 0.2, 0.1);
        DensityFieldGrid grid = new DensityFieldGrid(4, 40, 7);
        for (DequantMethod m : Methods.all()) {
            double[] theta = m.initialise(p, new SplittableRandom(2));
            SplittableRandom r = new SplittableRandom(5);
            for (int i = 0; i < theta.length; i++) {
                theta[i] += 0.4 * (r.nextDouble() - 0.5);
            }
            Encoder2D e = (Encoder2D) m.encoder(p, theta);
            DensityFields fields = grid.evaluate(e);
            for (Plane plane : Plane.values()) {
                DensityField f = fields.in(plane);
                assertSame(plane, f.plane());
                assertEquals(40, f.size());
                double[] ell = new double[4];
                for (int row = 0; row < 40; row += 3) {
                    for (int col = 0; col < 40; col += 3) {
                        double a = f.coordinate(col), b = f.coordinate(row);
                        double[] z = plane == Plane.LATENT ? new double[] {a, b}
                                : new double[] {e.prior().quantile(0, a), e.prior().quantile(1, b)};
                        double lse = Posterior.logJoints(e, z, ell);
                        int i = row * 40 + col;
                        double perArea = plane == Plane.LATENT ? 0 : e.prior().logDensity(z);
                        assertEquals(Posterior.decode(ell, 4), f.decoded(i), m.id() + " " + plane + " decoded at " + i);
                        double agg = 0;
                        for (int x = 0; x < 4; x++) {
                            double want = Math.exp(ell[x] - perArea);
                            assertEquals(want, f.share(x, i), 1e-5 * Math.max(1, want), m.id() + " share");
                            agg += want;
                        }
                        assertEquals(agg, f.aggregate(i), 1e-5 * Math.max(1, agg), m.id() + " aggregate");
                        double conf = lse == Double.NEGATIVE_INFINITY ? 0 : Math.exp(ell[Posterior.decode(ell, 4)] - lse);
                        assertEquals(conf, f.confidence(i), 1e-5, m.id() + " confidence");
                        double prior = plane == Plane.LATENT ? Math.exp(e.prior().logDensity(z)) : 1;
                        assertEquals(prior, f.prior(i), 1e-6 * prior, m.id() + " prior");
                    }
                }
            }
        }
    }

    @Test
    void argmaxThreeLeavesAQuarterOfTheSquareAsOceanAndMassIsArea() {
        Problem p = plane(1 / 3.0, 1 / 3.0, 1 / 3.0);
        double[] theta = new double[12];
        for (int i = 0; i < 12; i += 2) {
            theta[i] = Math.log(2);
        }
        DensityField square = new DensityFieldGrid(3, 64, 7).evaluate(Methods.ARGMAX.encoder(p, theta)).cdfSquare();
        int ocean = 0;
        double mass = 0;
        for (int i = 0; i < 64 * 64; i++) {
            ocean += square.decoded(i) < 0 ? 1 : 0;
            mass += square.aggregate(i) / (64 * 64);
            if (square.decoded(i) >= 0) {
                assertEquals(4.0 / 3, square.aggregate(i), 1e-5, "q(z)/p(z) = 4/3 on the three used quadrants");
                assertEquals(1, square.confidence(i), 0);
            }
        }
        assertEquals(0.25, ocean / (64.0 * 64), 0, "the (+,+) quadrant: v₁, v₂ > ½");
        assertEquals(1, mass, 1e-5, "the shares integrate to one over the square");
        assertEquals(-1, square.decoded(63 * 64 + 63), "the top-right cell");
        assertEquals(0, square.decoded(0));
        assertEquals(1, square.decoded(63 * 64), "row 63 is the top: z₂ > 0 is x = 1 = (−, +)");
        assertEquals(2, square.decoded(63), "column 63 is the right: z₁ > 0 is x = 2 = (+, −)");
    }

    @Test
    void refusesOneDimensionalEncodersAndBadSizes() {
        Encoder line = Methods.CATNF.encoder(Problem.of(0.5, 0.5), new double[4]);
        assertThrows(IllegalArgumentException.class, () -> new DensityFieldGrid(2).evaluate(line));
        assertThrows(IllegalArgumentException.class, () -> new DensityFieldGrid(2, 1, 7));
        assertThrows(IllegalArgumentException.class, () -> new DensityFieldGrid(2, 300, 7));
        assertTrue(new DensityFieldGrid(2).size() <= DensityFieldGrid.MAX_SIZE);
    }

    @Test
    void fieldsAreComputedWhenFirstReadOncePerPlaneWhicheverThreadReads() throws InterruptedException {
        Problem p = plane(0.5, 0.5);
        Encoder2D e = (Encoder2D) Methods.TRUFL.encoder(p, Methods.TRUFL.initialise(p, new SplittableRandom(1)));
        DensityFields fields = DensityFields.of(e, 24, 7);
        assertTrue(!fields.computed(Plane.LATENT) && !fields.computed(Plane.CDF_SQUARE), "nothing before a read");
        DensityField[] other = new DensityField[1];
        Thread t = new Thread(() -> other[0] = fields.cdfSquare());
        t.start();
        t.join();
        assertTrue(fields.computed(Plane.CDF_SQUARE) && !fields.computed(Plane.LATENT), "only the plane read");
        assertSame(other[0], fields.cdfSquare(), "computed once, whichever thread reads");
        DensityField eager = new DensityFieldGrid(2, 24, 7).evaluate(e).cdfSquare();
        for (int i = 0; i < 24 * 24; i++) {
            assertEquals(eager.aggregate(i), other[0].aggregate(i), 0);
            assertEquals(eager.decoded(i), other[0].decoded(i));
        }
    }
}
