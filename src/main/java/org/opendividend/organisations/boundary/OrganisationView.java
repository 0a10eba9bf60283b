package org.opendividend.organisations.boundary;

import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationMember;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.platform.i18n.BilingualText;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An organisation as other components read it: its details and who belongs to it with which role (by subject), so
 * that they can ask {@link OrganisationPermissions} about a person without loading the organisation. A copy, read
 * through {@link OrganisationFacade#mine()} or {@link OrganisationDirectory}.
 */
public record OrganisationView(Long id, String nameZhTw, String nameEn, OrganisationType type, String businessNumber,
                               String address, String rorId, Map<String, MemberRole> roles) {

    public OrganisationView {
        roles = Map.copyOf(roles);
    }

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id(), o.nameZhTw(), o.nameEn(), o.type(), o.businessNumber(), o.address(),
                o.rorId(), o.members().stream().collect(Collectors.toMap(OrganisationMember::subject, OrganisationMember::role)));
    }

    public String name(Locale locale) {
        return BilingualText.pick(locale, nameZhTw, nameEn);
    }

    /** The person's role here, if they are a member. */
    public Optional<MemberRole> roleOf(String subject) {
        return subject == null ? Optional.empty() : Optional.ofNullable(roles.get(subject));
    }
}
