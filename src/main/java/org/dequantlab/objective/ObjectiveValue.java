package org.dequantlab.objective;

/**
 * Per-category reconstruction and KL of one evaluation, and the weighted loss
 * L = Σ_x p̃(x)·(λ_rec·Rec_x + λ_kl·max(floor, KL_x)). Mutable: an evaluator fills it in.
 */
public final class ObjectiveValue {
    private double[] rec = new double[0];
    private double[] kl = new double[0];
    private double loss, recon, klMean;

    /** Clears the value for K categories (objectives call this first). */
    public void reset(int k) {
        if (rec.length != k) {
            rec = new double[k];
            kl = new double[k];
        } else {
            java.util.Arrays.fill(rec, 0);
            java.util.Arrays.fill(kl, 0);
        }
        loss = recon = klMean = 0;
    }

    /** Adds one quadrature node's (or sample's) weighted Rec and KL to category x. */
    public void addNode(int x, double r, double q) {
        rec[x] += r;
        kl[x] += q;
    }

    /** Sets category x's KL outright (closed forms). */
    public void setKl(int x, double q) {
        kl[x] = q;
    }

    /** Forms the p̃-weighted totals and the loss from the per-category values. */
    public void complete(double[] pTilde, LossWeights w) {
        loss = recon = klMean = 0;
        for (int x = 0; x < rec.length; x++) {
            double p = pTilde[x];
            recon += p * rec[x];
            klMean += p * kl[x];
            loss += p * (w.lambdaRec() * rec[x] + w.lambdaKl() * Math.max(w.freeBits(), kl[x]));
        }
    }

    /** The weighted loss. */
    public double loss() {
        return loss;
    }

    /** Rec = Σ p̃(x)·E_q[−log p(x|z)]. */
    public double recon() {
        return recon;
    }

    /** KL = Σ p̃(x)·KL(q(z|x) ‖ p(z)). */
    public double kl() {
        return klMean;
    }

    public double reconPerCategory(int x) {
        return rec[x];
    }

    public double klPerCategory(int x) {
        return kl[x];
    }

    /** Copies of the per-category values. */
    public double[] reconPerCategory() {
        return rec.clone();
    }

    public double[] klPerCategory() {
        return kl.clone();
    }

    /** Whether loss, Rec and KL are finite. */
    public boolean finite() {
        return Double.isFinite(loss) && Double.isFinite(recon) && Double.isFinite(klMean);
    }
}
