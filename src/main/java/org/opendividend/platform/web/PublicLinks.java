package org.opendividend.platform.web;

import org.eclipse.microprofile.config.ConfigProvider;

/** Links to the application's pages for mails: absolute when {@code opendividend.public-url} is configured. */
public final class PublicLinks {

    static final String PUBLIC_URL = "opendividend.public-url";

    private PublicLinks() {
    }

    /** @param path from the application's root, starting with {@code /} */
    public static String to(String path) {
        String base = ConfigProvider.getConfig().getOptionalValue(PUBLIC_URL, String.class).orElse("");
        return base.replaceAll("/+$", "") + path;
    }
}
