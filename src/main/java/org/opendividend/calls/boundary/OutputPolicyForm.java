package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.MofClass;
import org.opendividend.calls.entity.OutputPolicy;
import org.opendividend.outputs.entity.OutputType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.opendividend.calls.boundary.FormValues.orZero;
import static org.opendividend.calls.boundary.FormValues.parse;

/** The call editor's fields for what becomes of the funded work ({@link OutputPolicy}). */
public class OutputPolicyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The licences allowed for one type of output, as edited. */
    public static class PolicyRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String outputType;
        private List<String> licences = new ArrayList<>();
        private String otherLicence = "";

        public PolicyRow() {
        }

        PolicyRow(String outputType, List<String> licences) {
            this.outputType = outputType;
            this.licences = new ArrayList<>(licences);
        }

        public String getOutputType() { return outputType; }
        public void setOutputType(String v) { outputType = v; }
        public List<String> getLicences() { return licences; }
        public void setLicences(List<String> v) { licences = v == null ? new ArrayList<>() : new ArrayList<>(v); }
        public String getLabelKey() { return OutputType.valueOf(outputType).labelKey(); }
        /** A licence id typed by hand (e.g. from a registry); checked like the chosen ones. */
        public String getOtherLicence() { return otherLicence; }
        public void setOtherLicence(String v) { otherLicence = v == null ? "" : v.strip(); }

        Set<String> allLicences() {
            Set<String> all = new TreeSet<>(licences);
            if (!otherLicence.isBlank()) {
                all.add(otherLicence);
            }
            return all;
        }
    }

    private List<PolicyRow> policy = new ArrayList<>();
    private String requiredMofClass = MofClass.NONE.name();
    private Integer releaseDeadlineMonths;
    private Integer retentionPercent;

    static OutputPolicyForm of(OutputPolicy outputs) {
        OutputPolicyForm f = new OutputPolicyForm();
        outputs.allowedLicences().forEach((type, ids) -> f.policy.add(new PolicyRow(type.name(), new ArrayList<>(ids))));
        f.requiredMofClass = outputs.requiredMofClass().name();
        f.releaseDeadlineMonths = outputs.releaseDeadlineMonths();
        f.retentionPercent = outputs.retentionPercent();
        return f;
    }

    /** An unknown model class falls back to none. */
    CallContent.Outputs content() {
        Map<OutputType, Set<String>> licences = new EnumMap<>(OutputType.class);
        policy.forEach(p -> licences.put(OutputType.valueOf(p.outputType), p.allLicences()));
        MofClass mofClass = parse(MofClass.class, requiredMofClass);
        return new CallContent.Outputs(licences, mofClass == null ? MofClass.NONE : mofClass,
                orZero(releaseDeadlineMonths), orZero(retentionPercent));
    }

    public List<PolicyRow> getPolicy() { return policy; }
    public String getRequiredMofClass() { return requiredMofClass; }
    public void setRequiredMofClass(String v) { requiredMofClass = v; }
    public Integer getReleaseDeadlineMonths() { return releaseDeadlineMonths; }
    public void setReleaseDeadlineMonths(Integer v) { releaseDeadlineMonths = v; }
    public Integer getRetentionPercent() { return retentionPercent; }
    public void setRetentionPercent(Integer v) { retentionPercent = v; }
}
