package org.dequantlab.metrics;

/**
 * Everything measured about one method at one set of parameters (docs/maths.md §5). All values are
 * exact quadrature in 1-D except {@link #iwae}, a seeded importance-weighted estimate given with its
 * standard error.
 *
 * @param loss              weighted loss Σ p̃(x)(λ_rec·Rec_x + λ_kl·max(floor, KL_x)) under the weights in force
 * @param recon             Rec = Σ p̃(x) E_q[−log p(x|z)]
 * @param kl                KL = Σ p̃(x) KL(q(z|x) ‖ p(z))
 * @param klPerCategory     KL_x
 * @param reconPerCategory  Rec_x
 * @param elbo              −(Rec + KL)
 * @param logLikelihood     Σ p̃(x) log p_model(x), p_model(x) = ∫ p(z) p(x|z) dz (prior not renormalised)
 * @param logLikelihoodPerCategory log p_model(x)
 * @param iwae              Σ p̃(x)·IWAE_x, each an estimate of E[IWAE_M(x)] with M = {@link MetricsCalculator#IWAE_SAMPLES}
 *                          kept inside the interval [ELBO_x, log p_model(x)] that the expectation lies in
 * @param iwaeStandardError the standard error of {@link #iwae} over its independent repeats
 * @param mutualInformation I_q(x;z) = H(p̃) − Rec (docs/maths.md §2.1)
 * @param marginalKl        KL(q(z) ‖ p(z)) = KL − I
 * @param decodeAccuracy    Σ p̃(x) P_{q(z|x)}[decode(z) = x], with the decoder's tie rule (lowest index)
 * @param oceanMass         prior mass outside every support, 1 − P(S) (docs/maths.md §1.7); 0 for CatNF
 * @param ownOptimum        the method's own closed-form optimum of the loss under these weights, NaN if none
 */
public record Metrics(double loss, double recon, double kl, double[] klPerCategory, double[] reconPerCategory,
        double elbo, double logLikelihood, double[] logLikelihoodPerCategory, double iwae, double iwaeStandardError,
        double mutualInformation, double marginalKl, double decodeAccuracy, double oceanMass, double ownOptimum) {

    public Metrics {
        klPerCategory = klPerCategory.clone();
        reconPerCategory = reconPerCategory.clone();
        logLikelihoodPerCategory = logLikelihoodPerCategory.clone();
    }

    @Override
    public double[] klPerCategory() {
        return klPerCategory.clone();
    }

    @Override
    public double[] reconPerCategory() {
        return reconPerCategory.clone();
    }

    @Override
    public double[] logLikelihoodPerCategory() {
        return logLikelihoodPerCategory.clone();
    }

    /** Whether every scalar is finite. */
    public boolean finite() {
        return Double.isFinite(loss) && Double.isFinite(recon) && Double.isFinite(kl) && Double.isFinite(elbo)
                && Double.isFinite(logLikelihood) && Double.isFinite(mutualInformation);
    }
}
