package org.opendividend.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All REST resources live under {@code /api/v1}. */
@ApplicationPath("api/v1")
public class RestApplication extends Application {
}
