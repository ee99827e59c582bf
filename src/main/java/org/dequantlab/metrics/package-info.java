/** What is measured and drawn: exact 1-D metrics by quadrature and density curves on a grid. */
package org.dequantlab.metrics;
