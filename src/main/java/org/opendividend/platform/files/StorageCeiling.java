package org.opendividend.platform.files;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opendividend.platform.validation.InvalidInputException;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * The deadline-rush benchmark's ceiling: {@code PUT /benchmark/ceiling} takes a PDF, computes its SHA-256 and stores
 * it durably in the attachment store exactly as an upload does, with no database, no session and no security
 * around it. What this does per second on the same server in the same run bounds what a submission can do; the
 * benchmark reports the ratio. It exists only when {@code opendividend.benchmark.ceiling} is true (environment
 * {@code OPENDIVIDEND_BENCHMARK_CEILING}), which only the benchmark sets: anyone could fill the disk through it.
 */
@WebListener
public class StorageCeiling implements ServletContextListener {

    static final String PATH = "/benchmark/ceiling";

    @Inject
    FileStorage storage;
    private static final Logger LOG = Logger.getLogger(StorageCeiling.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!ConfigProvider.getConfig().getOptionalValue("opendividend.benchmark.ceiling", Boolean.class).orElse(false)) {
            return;
        }
        // the uploads' own store: the same folder, limit and writes
        event.getServletContext().addServlet("StorageCeiling", new StoreOnly(storage.store())).addMapping(PATH);
        LOG.warning(() -> "benchmark ceiling enabled at " + PATH + ": never in production");
    }

    /** Stores the body and answers its SHA-256. */
    static final class StoreOnly extends HttpServlet {

        private final transient AttachmentStore store;

        StoreOnly(AttachmentStore store) {
            this.store = store;
        }

        @Override
        protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
            try {
                AttachmentStore.Stored stored = store.store(request.getInputStream());
                response.setStatus(HttpServletResponse.SC_CREATED);
                response.setContentType("application/json");
                response.getWriter().write("{\"sha256\":\"" + stored.sha256() + "\"}");
            } catch (InvalidInputException refused) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
    }
}
