package org.opendividend.platform.web;

import java.net.URI;

/** Addresses of the application's pages, for links in REST answers. */
public final class ApiLinks {

    private ApiLinks() {
    }

    /** The application's root from the REST base ({@code …/api/v1/}, with or without the last slash). */
    public static URI appRoot(URI restBase) {
        String base = restBase.toString();
        return URI.create(base.endsWith("/") ? base : base + "/").resolve("../../");
    }
}
