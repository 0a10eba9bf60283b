package org.opendividend.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.regex.Pattern;

/** How the registry publishes its open data: the fund's 360Giving prefix, which makes grant ids {@code 360G-<prefix>-<award>}. */
@ApplicationScoped
public class RegistrySettings {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    @Inject
    @ConfigProperty(name = "opendividend.registry.grant-prefix", defaultValue = "opendividend")
    String prefix;

    /** The prefix as configured; one that would break the ids (spaces, slashes) falls back to the default. */
    public String grantPrefix() {
        return prefix != null && PREFIX.matcher(prefix.strip()).matches() ? prefix.strip() : "opendividend";
    }
}
