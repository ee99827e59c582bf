package org.dequantlab.render;

import java.util.List;
import java.util.Map;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.sampling.LatentSample;
import org.dequantlab.train.Snapshot;

/**
 * Optional extras drawn on top of a frame's panels (classroom features), so that the window and the
 * exports show them alike.
 *
 * @param previous       the snapshot one step earlier, for highlighting what changed (null = none)
 * @param samples        latent points drawn from the prior per method (accepted and rejected), may be empty
 * @param idealPartition whether to mark TRUFL's optimal cuts z = logit(Σ_{x'≤x} p̃(x')) on the panels
 */
public record Overlays(Snapshot previous, Map<DequantMethod, List<LatentSample>> samples, boolean idealPartition) {
    /** Nothing extra. */
    public static final Overlays NONE = new Overlays(null, Map.of(), false);

    public Overlays {
        samples = Map.copyOf(samples);
    }
}
