package org.opendividend.platform.web;

import org.eclipse.microprofile.config.ConfigProvider;
import org.opendividend.platform.configuration.StartupSettings;

/** Links to the application's pages for mails: absolute when {@code opendividend.public-url} is configured. */
public final class PublicLinks {

    private PublicLinks() {
    }

    /** @param path from the application's root, starting with {@code /} */
    public static String to(String path) {
        return publicUrl().replaceAll("/+$", "") + path;
    }

    /** The address people reach the application at ({@code opendividend.public-url}); blank when not configured. */
    static String publicUrl() {
        return ConfigProvider.getConfig().getOptionalValue(StartupSettings.PUBLIC_URL, String.class).orElse("").strip();
    }
}
