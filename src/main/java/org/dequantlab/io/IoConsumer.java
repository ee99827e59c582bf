package org.dequantlab.io;

import java.io.IOException;

/** Something that consumes a value and may fail with an {@link IOException}. */
@FunctionalInterface
public interface IoConsumer<T> {
    void accept(T value) throws IOException;
}
