/** The experiment configuration: one validated record, its JSON form and the presets. */
package org.dequantlab.config;
