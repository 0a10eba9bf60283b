/**
 * Notifications: e-mail to the people a state change concerns. Business components never call this component;
 * their events implement {@link org.opendividend.platform.events.Notifiable}, and
 * {@link org.opendividend.notifications.boundary.MailNotifier} observes them in the change's transaction, composes
 * each notice in the recipient's language ({@link org.opendividend.notifications.control.MailComposer}) into a
 * persistent outbox ({@link org.opendividend.notifications.entity.OutboxMail}), and sends it after the commit in the
 * background ({@link org.opendividend.notifications.control.MailDelivery}), retrying until the mail server takes it:
 * no mail for a change that rolled back, none lost when the server stops, and neither a slow nor an absent mail
 * server ever delays or breaks the request that caused it. In-app notices are not built yet.
 */
package org.opendividend.notifications;
