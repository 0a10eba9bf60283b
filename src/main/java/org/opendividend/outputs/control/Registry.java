package org.opendividend.outputs.control;

/** The public registries whose APIs the fund reads to check registered outputs. */
public enum Registry {
    HUGGING_FACE, GITHUB, ZENODO, SOFTWARE_HERITAGE
}
