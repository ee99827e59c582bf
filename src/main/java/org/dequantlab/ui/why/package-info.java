/**
 * The "show why" tool windows (gradient anatomy, loss landscape, sweeps), opened from the Tools menu
 * ({@link org.dequantlab.ui.why.ToolsMenu}). Each computes on its own background thread and shows the
 * latest result at the next frame; none changes the run.
 */
package org.dequantlab.ui.why;
