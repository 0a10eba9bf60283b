package org.opendividend.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All REST resources live under {@code /api/v1}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Open Dividend API", version = "1",
        description = "Calls, organisations and applications of the Public AI Development Fund. Errors are JSON "
                + "{status, code, message} with the message in the reader's language (Accept-Language: zh-TW or en). "
                + "A write answered 503 with a Retry-After header was not processed and changed nothing (code `busy`: "
                + "the server works on a limited number of writes at once; `database-unavailable`: the database is "
                + "briefly away): send the same request again after that many seconds."))
public class RestApplication extends Application {
}
