package org.opendividend.platform.configuration;

import java.util.Locale;
import java.util.Optional;

/**
 * How a deployment runs. Production is the default, so that a server started without saying otherwise never seeds
 * made-up data and never runs without its secrets; demo is asked for explicitly by the Run and Test commands.
 */
public enum Mode {
    PRODUCTION,
    DEMO;

    /** The mode named by a setting's value ({@code production} or {@code demo}, any case); empty when unknown. */
    static Optional<Mode> named(String value) {
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
