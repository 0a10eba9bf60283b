package org.opendividend.outputs.control;

import java.util.Set;

/**
 * The components of the Model Openness Framework (MOF 1.0), with the class that first requires each and the kinds of
 * content whose open licences suit it. Read from lfai/model_openness_tool,
 * {@code web/modules/mof/config/install/mof.settings.yml} ({@code components}: id, name, class, required,
 * content_type); the framework's ids are kept so that its data can be matched.
 */
public enum MofComponent {
    MODEL_ARCHITECTURE(9, "Model architecture", 3, true, Set.of(ContentType.CODE)),
    MODEL_PARAMETERS_FINAL(10, "Model parameters (Final)", 3, true, Set.of(ContentType.DATA, ContentType.CODE)),
    EVALUATION_RESULTS(12, "Evaluation results", 3, true, Set.of(ContentType.DOCUMENT, ContentType.CODE)),
    MODEL_CARD(13, "Model card", 3, true, Set.of(ContentType.DOCUMENT, ContentType.CODE)),
    DATA_CARD(14, "Data card", 3, true, Set.of(ContentType.DOCUMENT, ContentType.CODE)),
    TECHNICAL_REPORT(11, "Technical report", 3, true, Set.of(ContentType.DOCUMENT, ContentType.CODE)),
    SAMPLE_MODEL_OUTPUTS(20, "Sample model outputs", 3, false,
            Set.of(ContentType.DATA, ContentType.CODE, ContentType.DOCUMENT)),
    TRAINING_CODE(7, "Training code", 2, true, Set.of(ContentType.CODE)),
    INFERENCE_CODE(8, "Inference code", 2, true, Set.of(ContentType.CODE)),
    EVALUATION_CODE(18, "Evaluation code", 2, true, Set.of(ContentType.CODE)),
    EVALUATION_DATA(19, "Evaluation data", 2, true, Set.of(ContentType.DATA)),
    SUPPORTING_LIBRARIES(22, "Supporting libraries and tools", 2, false, Set.of(ContentType.CODE)),
    DATASETS(15, "Datasets", 1, true, Set.of(ContentType.DATA, ContentType.CODE, ContentType.DOCUMENT)),
    DATA_PREPROCESSING_CODE(16, "Data preprocessing code", 1, true, Set.of(ContentType.CODE)),
    MODEL_PARAMETERS_INTERMEDIATE(24, "Model parameters (Intermediate)", 1, true, Set.of(ContentType.DATA)),
    RESEARCH_PAPER(21, "Research paper", 1, true, Set.of(ContentType.DOCUMENT)),
    MODEL_METADATA(17, "Model metadata", 1, false, Set.of(ContentType.DATA));

    /** The framework's three kinds of licensed content ({@code ContentType} of its licence list). */
    public enum ContentType { CODE, DATA, DOCUMENT }

    private final int frameworkId;
    private final String frameworkName;
    private final int mofClass;
    private final boolean required;
    private final Set<ContentType> contentTypes;

    MofComponent(int frameworkId, String frameworkName, int mofClass, boolean required, Set<ContentType> contentTypes) {
        this.frameworkId = frameworkId;
        this.frameworkName = frameworkName;
        this.mofClass = mofClass;
        this.required = required;
        this.contentTypes = contentTypes;
    }

    public int frameworkId() {
        return frameworkId;
    }

    /** The framework's (English) name, as in its YAML files. */
    public String frameworkName() {
        return frameworkName;
    }

    /** The class that first requires it: 3, 2 or 1 (classes are cumulative: class I needs those of II and III). */
    public int mofClass() {
        return mofClass;
    }

    /** Whether its class requires it; optional components are listed but never decide a class. */
    public boolean required() {
        return required;
    }

    public Set<ContentType> contentTypes() {
        return contentTypes;
    }

    public String labelKey() {
        return "outputs.mof.component." + name();
    }

    /** By the framework's name, e.g. from a MOF YAML file. */
    public static java.util.Optional<MofComponent> byFrameworkName(String name) {
        for (MofComponent component : values()) {
            if (component.frameworkName.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return java.util.Optional.of(component);
            }
        }
        return java.util.Optional.empty();
    }
}
