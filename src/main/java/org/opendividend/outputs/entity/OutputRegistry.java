package org.opendividend.outputs.entity;

/** Where the grantee says the output is published; "other" is looked at by an officer, not checked automatically. */
public enum OutputRegistry {
    HUGGING_FACE_MODEL, HUGGING_FACE_DATASET, GITHUB, ZENODO, SOFTWARE_HERITAGE, OTHER;

    public String labelKey() {
        return "outputs.registry." + name();
    }
}
