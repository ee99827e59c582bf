/**
 * The family of dequantisers. {@link org.dequantlab.method.DequantMethod} is what every part of
 * DequantLab asks instead of branching on a method; {@link org.dequantlab.method.Methods} registers
 * them (CatNF, TRUFL, Argmax, Voronoi); {@link org.dequantlab.method.Encoder} is one method at one
 * parameter vector (log density, supports, sampling path, decorations) and
 * {@link org.dequantlab.method.Posterior} the one decoder they share. Each method lives in its own
 * sub-package; CatNF and TRUFL share the logistic family's helpers.
 */
package org.dequantlab.method;
