package org.dequantlab.ui.why;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Problem;
import org.dequantlab.objective.LossWeights;
import org.dequantlab.train.Snapshot;
import org.dequantlab.why.LandscapePath;
import org.dequantlab.why.LossLandscape;

/**
 * What the landscape window's thread computes, remembering the last {@value #KEEP} landscapes: asking
 * again for a state and settings already computed (going back to a method, the sharpest-bend button, the
 * parameter the search chose) costs nothing. The state is the snapshot itself, compared by identity: a
 * new snapshot is a new state, so nothing computed for an earlier one is shown for it. The recent path
 * is read from the history every time.
 */
final class LandscapeWork implements Function<LandscapeView.Request, LandscapeView.Computed> {
    /** Landscapes remembered. */
    static final int KEEP = 8;

    /** The settings of a request at its state (the snapshot by identity). */
    record Key(Snapshot snapshot, DequantMethod method, int p1, int p2, double range, int grid) {
        static Key of(LandscapeView.Request q) {
            return new Key(q.snapshot(), q.method(), q.p1(), q.p2(), q.range(), q.grid());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && snapshot == k.snapshot && method == k.method && p1 == k.p1 && p2 == k.p2
                    && Double.compare(range, k.range) == 0 && grid == k.grid;
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(snapshot), System.identityHashCode(method), p1, p2, range, grid);
        }
    }

    private final Map<Key, LossLandscape.Result> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, LossLandscape.Result> eldest) {
            return size() > KEEP;
        }
    };
    private int computed;

    @Override
    public synchronized LandscapeView.Computed apply(LandscapeView.Request q) {
        Key key = Key.of(q);
        LossLandscape.Result r = recent.get(key);
        if (r == null) {
            r = compute(q);
            computed++;
            recent.put(key, r);
            int first = r.request().params()[0];
            if (q.p1() < 0) { // the same landscape, asked for by the parameter the search chose
                recent.put(new Key(q.snapshot(), q.method(), first, q.p2() == first ? -1 : q.p2(), q.range(),
                        q.grid()), r);
            }
        }
        Problem problem = q.snapshot().config().problem();
        LandscapePath path = q.history() == null ? LandscapePath.none()
                : LandscapePath.recent(q.history(), q.method(), q.snapshot().step(), LandscapeView.PATH);
        return new LandscapeView.Computed(q, r, path, q.method().layout(problem));
    }

    /** Landscapes computed so far (not taken from memory), for tests. */
    synchronized int computed() {
        return computed;
    }

    private static LossLandscape.Result compute(LandscapeView.Request q) {
        Problem problem = q.snapshot().config().problem();
        LossWeights weights = LossWeights.at(q.snapshot().config(), q.snapshot().step());
        double[] theta = q.snapshot().method(q.method()).theta();
        if (q.p1() < 0 && q.p2() < 0) { // the sharpest line: the search's points are not evaluated again
            return LossLandscape.sharpestLine(q.method(), problem, weights, theta, q.range(), q.grid(), () -> false);
        }
        int first = q.p1() >= 0 ? q.p1() : LossLandscape.sharpestParameter(q.method(), problem, weights, theta, q.range());
        int[] params = q.p2() >= 0 && q.p2() != first ? new int[] {first, q.p2()} : new int[] {first};
        int g = params.length == 2 ? Math.min(q.grid(), 81) : q.grid();
        return LossLandscape.compute(new LossLandscape.Request(q.method(), problem, weights, theta, params, q.range(),
                g), () -> false);
    }
}
