package org.dequantlab.method.trufl;

import org.dequantlab.method.logistic.LogisticMethod;

/**
 * Truncated flows: u ~ U(a_x, b_x), z = μ_x + s_x·logit u, so each category learns a truncated
 * support (docs/maths.md §1.3). Where another category's support ends inside x's, the decoder jumps
 * and the exact gradient has boundary terms (§1.6); at its optimum the bands cut the prior into
 * pieces of mass p̃(x) and L = λ_KL·H(p̃) (§2.2).
 */
public final class Trufl extends LogisticMethod {
    public Trufl() {
        super(true);
    }

    @Override
    public String id() {
        return "trufl";
    }

    @Override
    public String label() {
        return "TRUFL";
    }

    @Override
    public String summary() {
        return "Truncated flow: a logistic truncated to (a, b) in its own CDF space per category";
    }

    @Override
    public float[] curveDash() {
        return new float[] {7f, 4f};
    }

    @Override
    public boolean showsIdealPartition() {
        return true;
    }
}
