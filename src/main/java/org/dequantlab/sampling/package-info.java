/** Sampling the model: prior draws, rejection in the ocean, decoding. */
package org.dequantlab.sampling;
