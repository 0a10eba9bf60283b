/**
 * Plumbing shared by every business component: identity (OpenID Connect login, the current user), languages,
 * database set-up and migrations, domain events, permission decisions, health checks and error pages.
 * No business rule lives here.
 */
package org.opendividend.platform;
