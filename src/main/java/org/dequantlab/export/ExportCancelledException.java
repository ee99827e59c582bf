package org.dequantlab.export;

import java.util.concurrent.CancellationException;

/** The user cancelled an export; no file was written and an existing file was left untouched. */
public final class ExportCancelledException extends CancellationException {
    public ExportCancelledException() {
        super("export cancelled");
    }
}
