/**
 * The "show why" computations, headless: the anatomy of a method's gradient (exact, pathwise, boundary,
 * naive Monte Carlo; docs/maths.md §1.6) and its loss landscape around a state. They ask only the
 * {@link org.dequantlab.method.DequantMethod} interface, so they work for every method and latent
 * dimension the engine has.
 */
package org.dequantlab.why;
