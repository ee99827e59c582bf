/** The one renderer of a snapshot, to any Graphics2D (screen and exports). No JavaFX here. */
package org.dequantlab.render;
