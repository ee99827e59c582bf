package org.dequantlab.train;

import org.dequantlab.model.Method;

/** Training produced a non-finite number or a collapsed interval; says where and why. */
public final class NumericalFailure extends RuntimeException {
    private final Method method;
    private final long step;

    public NumericalFailure(Method method, long step, String cause) {
        super(method.label() + " at step " + step + ": " + cause);
        this.method = method;
        this.step = step;
    }

    public Method method() {
        return method;
    }

    public long step() {
        return step;
    }
}
