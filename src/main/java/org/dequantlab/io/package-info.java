/** Safe file writing: atomic replace, no partial files, no overwriting without consent. */
package org.dequantlab.io;
