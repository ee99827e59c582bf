/** Plain values every layer shares: the gradient estimator choice and a method's natural parameters. */
package org.dequantlab.model;
