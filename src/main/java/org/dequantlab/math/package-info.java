/** Scalar numerics: the standard logistic distribution and Gauss–Legendre quadrature. */
package org.dequantlab.math;
