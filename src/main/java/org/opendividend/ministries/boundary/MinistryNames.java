package org.opendividend.ministries.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.platform.i18n.LanguageSelection;

/** Names of ministries in the reader's language for pages: {@code #{ministryNames.name('moc')}}. */
@Named
@RequestScoped
public class MinistryNames {

    @Inject
    MinistryFacade ministries;

    @Inject
    LanguageSelection language;

    /** The ministry's name, or its code when the identity provider names a ministry the fund does not know yet. */
    public String name(String code) {
        return ministries.ministry(code).map(m -> m.name(language.getLocale())).orElse(code);
    }
}
