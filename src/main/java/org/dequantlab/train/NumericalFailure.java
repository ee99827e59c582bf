package org.dequantlab.train;

import org.dequantlab.method.DequantMethod;

/** Training produced a non-finite number or a collapsed interval; says where and why. */
public final class NumericalFailure extends RuntimeException {
    private final DequantMethod method;
    private final long step;

    public NumericalFailure(DequantMethod method, long step, String cause) {
        super(method.label() + " at step " + step + ": " + cause);
        this.method = method;
        this.step = step;
    }

    public DequantMethod method() {
        return method;
    }

    public long step() {
        return step;
    }
}
