/**
 * The 2-D panels of a run with a two-dimensional latent (docs/maths.md §7): where the square sits
 * ({@link org.dequantlab.render.plane.PlaneGeometry}), the heat map of the aggregate posterior tinted by
 * the categories' shares ({@link org.dequantlab.render.plane.HeatMapImage}), the supports, walls and
 * anchors ({@link org.dequantlab.render.plane.PlaneDecorations}), the axes and the sampled points, put
 * together by {@link org.dequantlab.render.plane.PlanePanelPainter} for the one
 * {@link org.dequantlab.render.SnapshotRenderer}. The fields come from the engine
 * (docs/notes-2d-drawing.md); no JavaFX here.
 */
package org.dequantlab.render.plane;
