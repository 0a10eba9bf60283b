package org.opendividend.organisations.entity;

/** Kinds of organisation: what an organisation declares itself to be, and what a call may be open to. */
public enum OrganisationType {
    UNIVERSITY, RESEARCH_INSTITUTE, NON_PROFIT, COMPANY, COMMUNITY_ORGANISATION, INDIGENOUS_COMMUNITY_ORGANISATION, HAKKA_COMMUNITY_ORGANISATION;

    public String labelKey() {
        return "organisation.type." + name();
    }
}
