package org.dequantlab.sweep;

import java.util.function.ToDoubleFunction;
import org.dequantlab.metrics.Metrics;

/** A final metric a sweep plots and exports (docs/maths.md §5). */
public enum SweepMetric {
    LOSS("loss", "loss", Metrics::loss),
    RECON("recon", "Rec", Metrics::recon),
    KL("kl", "KL", Metrics::kl),
    MUTUAL_INFORMATION("mutualInformation", "I(x;z)", Metrics::mutualInformation),
    DECODE_ACCURACY("decodeAccuracy", "decode acc.", Metrics::decodeAccuracy),
    MARGINAL_KL("marginalKl", "marginal KL", Metrics::marginalKl),
    OCEAN_MASS("oceanMass", "ocean mass", Metrics::oceanMass);

    /** The five the sweep's chart shows, top to bottom. */
    public static final java.util.List<SweepMetric> PLOTTED = java.util.List.of(LOSS, RECON, KL, MUTUAL_INFORMATION,
            DECODE_ACCURACY);

    private final String id;
    private final String label;
    private final ToDoubleFunction<Metrics> read;

    SweepMetric(String id, String label, ToDoubleFunction<Metrics> read) {
        this.id = id;
        this.label = label;
        this.read = read;
    }

    /** CSV column name. */
    public String id() {
        return id;
    }

    /** Axis label (short: a panel of the sweep chart may be 70 pixels high). */
    public String label() {
        return label;
    }

    /** This metric of {@code m}. */
    public double of(Metrics m) {
        return read.applyAsDouble(m);
    }
}
