/**
 * Charts of the "show why" tools (gradient anatomy, loss landscape, sweeps), built with JFreeChart and
 * free of JavaFX: the window shows them in a viewer and the command line saves them as PNG or SVG.
 */
package org.dequantlab.render.why;
