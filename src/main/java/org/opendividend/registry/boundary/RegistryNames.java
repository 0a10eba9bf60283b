package org.opendividend.registry.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.entity.TargetLanguages;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names and amounts for the registry's pages, in the reader's language: ministries and languages by code (the code
 * itself when unknown), whole TWD as {@code award.page.twd} writes it.
 */
@Named
@RequestScoped
public class RegistryNames {

    @Inject
    MinistryFacade ministries;

    @Inject
    LanguageSelection language;

    private final Map<String, Optional<MinistryView>> seen = new HashMap<>();

    public String ministry(String code) {
        return seen.computeIfAbsent(code, ministries::ministry).map(m -> m.name(language.getLocale())).orElse(code);
    }

    public String language(String code) {
        return TargetLanguages.byCode(code).map(l -> l.name(language.getLocale())).orElse(code);
    }

    public String twd(long amount) {
        return Texts.text(language.getLocale(), "award.page.twd", amount);
    }
}
