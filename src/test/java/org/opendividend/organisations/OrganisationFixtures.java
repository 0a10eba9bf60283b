package org.opendividend.organisations;

import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.organisations.entity.Invitation;
import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** The organisations tests' people and organisations: an owner with an editor and a viewer, and outsiders. */
public final class OrganisationFixtures {

    /** A real, valid unified business number (sum 40). */
    public static final String VALID_UBN = "04595257";
    /** A real ROR id (Harvard University), check digits 52. */
    public static final String VALID_ROR = "03vek6s52";
    public static final Instant NOW = Instant.parse("2027-01-10T02:00:00Z");

    private OrganisationFixtures() {
    }

    public static Caller applicant(String subject) {
        return caller(subject, EnumSet.of(Role.APPLICANT));
    }

    public static Caller caller(String subject, Set<Role> roles) {
        return new Caller(subject, subject, "name of " + subject, subject + "@example.org", true, roles, new TreeSet<>());
    }

    public static Caller owner() {
        return applicant("sub-owner");
    }

    public static Caller editor() {
        return applicant("sub-editor");
    }

    public static Caller viewer() {
        return applicant("sub-viewer");
    }

    /** An applicant who belongs to no organisation of the fixtures. */
    public static Caller outsider() {
        return applicant("sub-outsider");
    }

    /** The applicant as they are before confirming their address with the identity provider. */
    public static Caller unverified(Caller caller) {
        return new Caller(caller.subject(), caller.username(), caller.displayName(), caller.email(), false,
                caller.roles(), caller.ministries());
    }

    /** An officer (not an applicant) of a ministry. */
    public static Caller officer() {
        return new Caller("sub-officer", "officer", "An Officer", "officer@example.org", true, EnumSet.of(Role.OFFICER),
                new TreeSet<>(Set.of("moc")));
    }

    public static OrganisationDetails details(String marker) {
        return new OrganisationDetails("客家語言研究協會 " + marker, "Hakka Language Association " + marker,
                OrganisationType.NON_PROFIT, VALID_UBN, "臺北市中正區重慶南路一段122號", VALID_ROR);
    }

    /** Founded by {@link #owner()}, joined by {@link #editor()} and {@link #viewer()} through invitations. */
    public static Organisation withMembers() {
        Organisation org = Organisation.found(details("A"), owner().actor(), NOW);
        join(org, editor(), MemberRole.EDITOR);
        join(org, viewer(), MemberRole.VIEWER);
        return org;
    }

    public static void join(Organisation org, Caller person, MemberRole role) {
        Invitation invitation = org.invite(person.email(), role, "token-" + person.subject(), owner().actor(), NOW);
        org.admit(invitation, person.actor(), NOW.plusSeconds(60));
    }
}
