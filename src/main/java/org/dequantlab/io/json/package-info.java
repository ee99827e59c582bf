/**
 * The one JSON reading policy (encoding, duplicate keys, limits, plain messages) shared by every file
 * format. It knows nothing of DequantLab's settings, so {@code config} (text to settings) and
 * {@code io} (files) both use it without depending on each other in a cycle.
 */
package org.dequantlab.io.json;
