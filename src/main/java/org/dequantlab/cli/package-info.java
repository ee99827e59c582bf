/**
 * The headless command line ({@code dequantlab presets|train|bench}): picocli commands over the
 * engine, with one-line error messages and exit codes 0 (success), 1 (the run failed) and 2 (bad
 * usage or input).
 */
package org.dequantlab.cli;
