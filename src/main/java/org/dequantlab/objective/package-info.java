/**
 * The weighted objective of the toy (math.md §1.5) and its two gradient estimators: exact
 * quadrature with boundary terms, and pathwise Monte Carlo.
 */
package org.dequantlab.objective;
