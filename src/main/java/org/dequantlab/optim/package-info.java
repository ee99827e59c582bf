/** Optimisers. */
package org.dequantlab.optim;
