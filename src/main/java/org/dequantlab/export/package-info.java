/**
 * Exports of what the window shows: animated GIFs over any part of the recorded history, PNG and SVG
 * of a frame, the curves as SVG, the metric history as CSV and the experiment as JSON. Every picture
 * is drawn by {@link org.dequantlab.render.SnapshotRenderer}, the same drawing as the window. No
 * JavaFX here: the command line uses this package headless.
 */
package org.dequantlab.export;
