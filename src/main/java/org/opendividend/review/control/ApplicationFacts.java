package org.opendividend.review.control;

import org.opendividend.applications.entity.ApplicationContent;

import java.util.List;

/**
 * What the conflict rules need to know about an application: the applicant (the person who writes it: e-mail address,
 * ORCID iD if known), the applying organisation, the team (name, e-mail address and ORCID iD where the application
 * has them, affiliation) and the reviewers the applicant asked to exclude. Empty text stands for what is not known.
 */
public record ApplicationFacts(long applicationId, String applicantEmail, String applicantOrcid, long organisationId,
                               String organisationName, List<TeamPerson> team, List<Exclusion> exclusions) {

    /** A member of the project team. */
    public record TeamPerson(String name, String email, String orcid, String affiliation) {
    }

    /**
     * A reviewer the applicant asked to exclude: a name, an e-mail address or an organisation (one field, as the
     * wizard asks it), and the applicant's reason.
     */
    public record Exclusion(String name, String emailOrOrganisation, String reason) {
    }

    public ApplicationFacts {
        team = List.copyOf(team);
        exclusions = List.copyOf(exclusions);
    }

    /**
     * The facts of an application's (submitted) content: its team (the wizard asks no team member's e-mail address)
     * and the reviewers it asks to exclude; who the applicant is and which organisation applies the caller knows.
     */
    public static ApplicationFacts of(long applicationId, String applicantEmail, String applicantOrcid,
                                      long organisationId, String organisationName, ApplicationContent content) {
        return new ApplicationFacts(applicationId, applicantEmail, applicantOrcid, organisationId, organisationName,
                content.team().stream().map(m -> new TeamPerson(m.fullName(), "", m.orcid(), m.affiliation())).toList(),
                content.exclusions().stream().map(x -> new Exclusion(x.fullName(), x.emailOrOrganisation(), x.reason()))
                        .toList());
    }
}
