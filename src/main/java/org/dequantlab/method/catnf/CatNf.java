package org.dequantlab.method.catnf;

import org.dequantlab.method.logistic.LogisticMethod;

/**
 * Categorical Normalising Flow in its mixture-model form: q(z|x) = Logistic(μ_x, s_x), decoded by
 * the encoder's own posterior (docs/maths.md §1.2, §1.4). Its supports are all of ℝ, so nothing jumps
 * and the pathwise gradient is exact; at 10 : 1 it cannot split a logistic prior without paying
 * marginal KL (§2.3).
 */
public final class CatNf extends LogisticMethod {
    public CatNf() {
        super(false);
    }

    @Override
    public String id() {
        return "catnf";
    }

    @Override
    public String label() {
        return "CatNF";
    }

    @Override
    public String summary() {
        return "Categorical Normalising Flow: a logistic per category, decoded by the posterior";
    }

    @Override
    public float[] curveDash() {
        return null;
    }
}
