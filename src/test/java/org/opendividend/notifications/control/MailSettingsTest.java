package org.opendividend.notifications.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailSettingsTest {

    @Test
    void defaultsSuitADevelopersMachine() {
        MailSettings settings = MailSettings.from(key -> Optional.empty());

        assertTrue(settings.enabled());
        assertEquals("localhost", settings.host());
        assertEquals(2525, settings.port());
        assertTrue(settings.username().isEmpty());
        assertFalse(settings.starttls());
        assertEquals(Duration.ofSeconds(10), settings.timeout());
    }

    @Test
    void readsEveryKeyAndNeverShowsThePassword() {
        Map<String, String> config = Map.of(
                "opendividend.mail.enabled", "false",
                "opendividend.mail.host", "smtp.example.org",
                "opendividend.mail.port", "587",
                "opendividend.mail.from", "Fund <fund@example.org>",
                "opendividend.mail.username", "fund",
                "opendividend.mail.password", "s3cret",
                "opendividend.mail.starttls", "true",
                "opendividend.mail.timeout-ms", "2500");
        MailSettings settings = MailSettings.from(key -> Optional.ofNullable(config.get(key)));

        assertFalse(settings.enabled());
        assertEquals("smtp.example.org", settings.host());
        assertEquals(587, settings.port());
        assertEquals("Fund <fund@example.org>", settings.from());
        assertEquals(Optional.of("fund"), settings.username());
        assertEquals(Optional.of("s3cret"), settings.password());
        assertTrue(settings.starttls());
        assertEquals(Duration.ofMillis(2500), settings.timeout());
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
    }

    @Test
    void aBlankUserNameMeansNoAuthentication() {
        MailSettings settings = MailSettings.from(
                key -> key.endsWith("username") ? Optional.of("  ") : Optional.empty());

        assertTrue(settings.username().isEmpty());
    }
}
