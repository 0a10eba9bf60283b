package org.opendividend.calls.entity;

/** What a call wants funded. */
public enum FocusArea {
    OPEN_MODELS, DATASETS_AND_CORPORA, SPEECH_TECHNOLOGY, EVALUATION_AND_BENCHMARKS, SAFETY_AND_ALIGNMENT, LANGUAGE_REVITALISATION, PUBLIC_SERVICE_AI;

    public String labelKey() {
        return "call.focus." + name();
    }
}
