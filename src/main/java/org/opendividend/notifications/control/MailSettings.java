package org.opendividend.notifications.control;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to reach the SMTP server, from the MicroProfile Config keys {@code opendividend.mail.*} (see
 * {@code META-INF/microprofile-config.properties}; each can be overridden by an environment variable such as
 * {@code OPENDIVIDEND_MAIL_HOST}).
 *
 * @param enabled  whether mails are sent at all; when not, each notice is only logged
 * @param host     SMTP server
 * @param port     SMTP port
 * @param from     the sender, e.g. {@code Open Dividend <no-reply@example.org>}
 * @param username user name for SMTP authentication, empty for none
 * @param password password for SMTP authentication
 * @param starttls whether to require STARTTLS
 * @param timeout  for connecting, reading and writing, so that a dead server never holds a thread for long
 */
public record MailSettings(boolean enabled, String host, int port, String from, Optional<String> username,
                           Optional<String> password, boolean starttls, Duration timeout) {

    public static final String PREFIX = "opendividend.mail.";

    /** Reads the settings through a lookup of configuration keys, with the same defaults as the config file. */
    public static MailSettings from(Function<String, Optional<String>> config) {
        return new MailSettings(
                Boolean.parseBoolean(value(config, "enabled", "true")),
                value(config, "host", "localhost"),
                Integer.parseInt(value(config, "port", "2525")),
                value(config, "from", "Open Dividend <no-reply@opendividend.example>"),
                config.apply(PREFIX + "username").map(String::strip).filter(s -> !s.isEmpty()),
                config.apply(PREFIX + "password"),
                Boolean.parseBoolean(value(config, "starttls", "false")),
                Duration.ofMillis(Long.parseLong(value(config, "timeout-ms", "10000"))));
    }

    private static String value(Function<String, Optional<String>> config, String name, String defaultValue) {
        return config.apply(PREFIX + name).map(String::strip).filter(s -> !s.isEmpty()).orElse(defaultValue);
    }

    /** The password never reaches a log. */
    @Override
    public String toString() {
        return "MailSettings[enabled=" + enabled + ", host=" + host + ", port=" + port + ", from=" + from
                + ", username=" + username.orElse("(none)") + ", starttls=" + starttls + ", timeout=" + timeout + "]";
    }
}
