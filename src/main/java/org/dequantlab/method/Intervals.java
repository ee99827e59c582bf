package org.dequantlab.method;

import java.util.Arrays;
import java.util.Comparator;

/** Unions of 1-D supports. */
public final class Intervals {
    private Intervals() {}

    /**
     * The prior mass outside the union of the intervals (docs/maths.md §1.7): sort, merge, and sum the
     * prior mass of the gaps and both tails, as gaps so that tiny tails keep their precision.
     */
    public static double uncoveredMass(Interval[] supports, LatentPrior prior) {
        Interval[] iv = supports.clone();
        Arrays.sort(iv, Comparator.comparingDouble(Interval::low));
        double ocean = prior.cdf(iv[0].low()); // left tail
        double reach = iv[0].high();
        for (int i = 1; i < iv.length; i++) {
            if (iv[i].low() > reach) {
                ocean += prior.cdf(iv[i].low()) - prior.cdf(reach);
            }
            reach = Math.max(reach, iv[i].high());
        }
        ocean += prior.upperTail(reach); // right tail
        return ocean;
    }
}
