package org.dequantlab.metrics;

/**
 * One method's encoder drawn on a G×G grid of one {@link Plane}: the 2-D counterpart of
 * {@link DensityCurves}, what the renderer paints as a heat map. Immutable; read element by element
 * (no copies), or copy a whole layer with the {@code copy…} methods.
 *
 * <p><b>Grid.</b> G columns and G rows of square cells covering [low, high]² of the plane's coordinates
 * ([−R, R]² in the z-plane, (0, 1)² in the CDF square). Values are taken at cell centres:
 * column c lies at {@code coordinate(c) = low + (c + ½)·(high − low)/G} on the first axis (z₁ or v₁), row r
 * at {@code coordinate(r)} on the second (z₂ or v₂). Index {@code i = r·G + c}; row 0 is the BOTTOM
 * (smallest z₂), so an image writer flips rows.
 *
 * <p><b>Layers</b> (densities with respect to the plane's own coordinates: per unit of z₁z₂ in the
 * z-plane, per unit area of the CDF square there, i.e. divided by the prior density p(z)):
 * <ul>
 *   <li>{@link #share}(x, i): p̃(x)·q(z|x), category x's share of the aggregate (0 outside its support);</li>
 *   <li>{@link #aggregate}(i): q(z) = Σ_x p̃(x)·q(z|x) (1 everywhere at a perfect partition in the CDF square);</li>
 *   <li>{@link #prior}(i): p(z) (≡ 1 in the CDF square);</li>
 *   <li>{@link #decoded}(i): the decoder's category (docs/maths.md §1.4, ties to the lowest index), −1 in the
 *       ocean where no support reaches;</li>
 *   <li>{@link #confidence}(i): max_x p(x|z) (0 in the ocean).</li>
 * </ul>
 */
public final class DensityField {
    private final Plane plane;
    private final int size;
    private final double low, high;
    private final float[][] shares;
    private final float[] aggregate, prior, confidence;
    private final byte[] decoded;
    private final float maxAggregate;

    /**
     * A field from its layers (taken over, not copied: only {@link DensityFieldGrid} builds fields).
     */
    DensityField(Plane plane, int size, double low, double high, float[][] shares, float[] aggregate, float[] prior,
            byte[] decoded, float[] confidence) {
        int n = size * size;
        if (aggregate.length != n || prior.length != n || decoded.length != n || confidence.length != n) {
            throw new IllegalArgumentException("every layer needs " + n + " values");
        }
        for (float[] s : shares) {
            if (s.length != n) {
                throw new IllegalArgumentException("every layer needs " + n + " values");
            }
        }
        this.plane = plane;
        this.size = size;
        this.low = low;
        this.high = high;
        this.shares = shares;
        this.aggregate = aggregate;
        this.prior = prior;
        this.decoded = decoded;
        this.confidence = confidence;
        float max = 0;
        for (float a : aggregate) {
            if (a > max) {
                max = a;
            }
        }
        this.maxAggregate = max;
    }

    public Plane plane() {
        return plane;
    }

    /** G, cells per side. */
    public int size() {
        return size;
    }

    /** K. */
    public int categories() {
        return shares.length;
    }

    /** The lower end of both axes in the plane's coordinates (−R in the z-plane, 0 in the CDF square). */
    public double low() {
        return low;
    }

    /** The upper end of both axes (R, or 1). */
    public double high() {
        return high;
    }

    /** The coordinate of column (or row) c's centre. */
    public double coordinate(int c) {
        return low + (c + 0.5) * (high - low) / size;
    }

    /** The column (or row) whose cell holds coordinate t, or −1 outside [low, high). */
    public int cellOf(double t) {
        double f = (t - low) / (high - low) * size;
        return f >= 0 && f < size ? (int) f : -1;
    }

    /** p̃(x)·q(z|x) at index i (row·G + column). */
    public float share(int x, int i) {
        return shares[x][i];
    }

    /** q(z) at index i. */
    public float aggregate(int i) {
        return aggregate[i];
    }

    /** p(z) at index i (1 in the CDF square). */
    public float prior(int i) {
        return prior[i];
    }

    /** The decoded category at index i, −1 in the ocean. */
    public int decoded(int i) {
        return decoded[i];
    }

    /** max_x p(x|z) at index i, 0 in the ocean. */
    public float confidence(int i) {
        return confidence[i];
    }

    /** The largest aggregate value (for a colour scale). */
    public float maxAggregate() {
        return maxAggregate;
    }

    /** A copy of category x's layer. */
    public float[] copyShares(int x) {
        return shares[x].clone();
    }

    /** A copy of the aggregate layer. */
    public float[] copyAggregate() {
        return aggregate.clone();
    }

    /** A copy of the prior layer. */
    public float[] copyPrior() {
        return prior.clone();
    }

    /** A copy of the decoded layer. */
    public int[] copyDecoded() {
        int[] d = new int[decoded.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = decoded[i];
        }
        return d;
    }

    /** A copy of the confidence layer. */
    public float[] copyConfidence() {
        return confidence.clone();
    }
}
