/** Small file helpers shared by the configuration, the command line and the exports. */
package org.dequantlab.io;
