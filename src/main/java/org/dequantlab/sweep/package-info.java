/**
 * Sweeps: train every combination of one or two varied settings (and several seeds) on a bounded
 * pool of threads and summarise the final metrics per method. Headless; the window's sweep tool and
 * the {@code sweep} command share it.
 */
package org.dequantlab.sweep;
