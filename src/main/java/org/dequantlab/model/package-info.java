/** The toy's model: methods, encoder parameters and the components they define. */
package org.dequantlab.model;
