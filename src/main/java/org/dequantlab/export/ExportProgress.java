package org.dequantlab.export;

/** Told after each written frame; called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {
    /** Nothing to tell. */
    ExportProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} frames are written. */
    void framesWritten(int done, int total);
}
