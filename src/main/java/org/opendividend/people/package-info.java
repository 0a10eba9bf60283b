/**
 * Person profiles: who has logged in, with name, e-mail, roles and ministries as the identity provider last
 * reported them. Keycloak stays the source of truth for credentials; this is the fund's own record of people.
 */
package org.opendividend.people;
