package org.opendividend.registry.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.registry.control.RegistryProject;

/**
 * The public page of one funded project ({@code /registry/project.xhtml?id=…}, the award's number or id). An award
 * that does not exist, is not public (an offer not accepted, declined, withdrawn) or whose id cannot be read is not
 * found (404), whoever asks.
 */
@Named
@RequestScoped
public class RegistryProjectPage {

    @Inject
    Registry registry;

    private String id;
    private RegistryProject project;

    /** The page's view action: loads the project or answers 404. */
    public void load() {
        project = registry.project(id).orElseThrow(() -> new NoSuchObjectException("Project", "(not public)"));
    }

    public RegistryProject getProject() {
        return project;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
