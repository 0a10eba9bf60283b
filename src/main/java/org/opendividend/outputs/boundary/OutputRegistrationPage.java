package org.opendividend.outputs.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.outputs.control.MofComponent;
import org.opendividend.outputs.entity.MofEntry;
import org.opendividend.outputs.entity.OutputRegistry;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The grantee's outputs of an award ({@code /applicant/outputs.xhtml?award=…}, linked from the award page): each
 * obligation with its terms, state, latest checks and evidence, MOF assessment and the officer's verdict; registering
 * an output (again) runs its checks at once. The facade refuses another organisation's award (403) and a stale
 * version; a refused registration keeps everything typed and says why.
 */
@Named
@ViewScoped
public class OutputRegistrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One MOF component row as typed. */
    public static class ComponentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String component;
        private String licence;
        private String location;

        public String getComponent() {
            return component;
        }

        public void setComponent(String component) {
            this.component = component;
        }

        public String getLicence() {
            return licence;
        }

        public void setLicence(String licence) {
            this.licence = licence;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }
    }

    @Inject
    transient OutputsFacade outputs;

    @Inject
    transient LanguageSelection language;

    private Long award;
    private Long editing;
    private long editingVersion;
    private OutputType editingType;
    private String url;
    private OutputRegistry registry;
    private String revision;
    private String identifier;
    private String licence;
    private final List<ComponentRow> components = new ArrayList<>();
    private transient List<ObligationView> obligations;

    public void load() {
        if (award == null) {
            throw new NoSuchObjectException("Award", 0);
        }
        obligations = outputs.obligationsOf(award);
    }

    public List<ObligationView> getObligations() {
        if (obligations == null) {
            obligations = outputs.obligationsOf(award);
        }
        return obligations;
    }

    /** Opens the form for an obligation, filled with what is registered. */
    public void edit(ObligationView o) {
        editing = o.id();
        editingVersion = o.version();
        editingType = o.type();
        url = o.url();
        registry = o.registry();
        revision = o.revision();
        identifier = o.identifier();
        licence = o.declaredLicence() == null ? o.plannedLicence() : o.declaredLicence();
        components.clear();
        o.mofComponents().forEach(e -> components.add(row(e)));
        if (o.type() == OutputType.MODEL_WEIGHTS && components.isEmpty()) {
            addComponent();
        }
    }

    public void addComponent() {
        components.add(new ComponentRow());
    }

    public void cancel() {
        editing = null;
    }

    public void register() {
        List<MofEntry> entries = components.stream()
                .filter(r -> !blank(r.component) || !blank(r.licence) || !blank(r.location))
                .map(r -> new MofEntry(r.component, strip(r.licence), strip(r.location))).toList();
        try {
            outputs.register(editing, new Registration(url, registry, revision, identifier, licence, entries),
                    editingVersion);
            PageMessages.info("outputs.page.registered");
            editing = null;
            obligations = null;
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), "registration:", "outputs.page.field.");
        } catch (ForbiddenTransitionException refused) {
            PageMessages.error(refused.problem());
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            // the output as it is now is shown above; what was typed stays, to be sent again over the new version
            obligations = null;
            getObligations().stream().filter(o -> o.id() == editing).findFirst()
                    .ifPresent(o -> editingVersion = o.version());
            PageMessages.error("outputs.page.conflict");
        }
    }

    /** A check's message in the reader's language, with its arguments and reasons. */
    public String message(ObligationView.CheckView check) {
        StringBuilder text = new StringBuilder(Texts.text(language.getLocale(), check.messageKey(),
                check.arguments().toArray()));
        check.reasonKeys().forEach(r -> text.append(' ').append(Texts.text(language.getLocale(), r)));
        return text.toString();
    }

    public String problem(org.opendividend.outputs.control.MofClassifier.Problem problem) {
        return Texts.text(language.getLocale(), problem.component().labelKey()) + ": "
                + Texts.text(language.getLocale(), problem.reasonKey(), problem.licence());
    }

    public OutputRegistry[] getRegistries() {
        return OutputRegistry.values();
    }

    public MofComponent[] getMofComponents() {
        return MofComponent.values();
    }

    public boolean isModel() {
        return editingType == OutputType.MODEL_WEIGHTS;
    }

    private static ComponentRow row(MofEntry e) {
        ComponentRow row = new ComponentRow();
        row.component = e.component();
        row.licence = e.licence();
        row.location = e.location();
        return row;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    public List<ComponentRow> getComponents() {
        return components;
    }

    public Long getAward() {
        return award;
    }

    public void setAward(Long award) {
        this.award = award;
    }

    public Long getEditing() {
        return editing;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public OutputRegistry getRegistry() {
        return registry;
    }

    public void setRegistry(OutputRegistry registry) {
        this.registry = registry;
    }

    public String getRevision() {
        return revision;
    }

    public void setRevision(String revision) {
        this.revision = revision;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }
}
