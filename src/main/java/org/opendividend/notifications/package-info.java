/**
 * Notifications: e-mail to the people a state change concerns. Business components never call this component;
 * their events implement {@link org.opendividend.platform.events.Notifiable}, and
 * {@link org.opendividend.notifications.boundary.MailNotifier} observes them after the change committed, composes
 * each notice in the recipient's language ({@link org.opendividend.notifications.control.MailComposer}) and sends it
 * in the background ({@link org.opendividend.notifications.control.MailSender}), so that neither a slow nor an absent
 * mail server ever delays or breaks the request that caused it. In-app notices are not built yet.
 */
package org.opendividend.notifications;
