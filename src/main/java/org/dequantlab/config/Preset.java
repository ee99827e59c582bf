package org.dequantlab.config;

/**
 * A named, ready-made experiment.
 *
 * @param name        the name used on the command line and in menus
 * @param description one line saying what the preset shows
 * @param config      the configuration
 */
public record Preset(String name, String description, ExperimentConfig config) {}
