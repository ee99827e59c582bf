/** JavaFX front of the exports: the GIF export dialog and the one-shot save actions. */
package org.dequantlab.ui.export;
