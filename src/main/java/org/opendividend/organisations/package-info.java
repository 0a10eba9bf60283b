/**
 * Organisations that apply for funding (申請單位): their names in both languages, type, Taiwan unified business
 * number (統一編號) and ROR id; their members with roles owner / editor / viewer; and invitations by e-mail with a
 * single-use link that expires. One person may belong to several organisations. Other components ask
 * {@link org.opendividend.organisations.boundary.OrganisationPermissions} who may write or read for an organisation.
 * The kinds of organisation ({@link org.opendividend.organisations.entity.OrganisationType}) are published here for
 * the calls that name whom they are open to; this component needs no other business component.
 */
package org.opendividend.organisations;
