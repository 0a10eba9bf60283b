package org.opendividend.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara's Arquillian container reads the deployed servlets from Payara Micro's console output as soon as the
 * "Instance Configuration" block has begun, while its reader thread may not yet have read the "Deployed" part that
 * follows: on a loaded machine it then knows no servlet, and every test of the class fails with
 * "ArquillianServletRunnerEE9 not found" although the server deployed it (seen in CI). Payara prints that block only
 * after the deployment, so the test servlet is there; this names it where the parse missed it, at the context root
 * Payara Micro gives a WAR (its name).
 */
public class CompletePayaraMicroContainer extends PayaraMicroDeployableContainer {

    static final String TEST_SERVLET = "ArquillianServletRunnerEE9";

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        ProtocolMetaData metaData = super.deploy(archive);
        for (HTTPContext context : metaData.getContexts(HTTPContext.class)) {
            if (context.getServletByName(TEST_SERVLET) == null) {
                String root = contextRoot(archive.getName());
                java.util.logging.Logger.getLogger(CompletePayaraMicroContainer.class.getName()).info(() ->
                        "the console parse missed the test servlet; it is at " + root + "/" + TEST_SERVLET);
                context.add(new Servlet(TEST_SERVLET, root));
            }
        }
        return metaData;
    }

    static String contextRoot(String archiveName) {
        return "/" + (archiveName.endsWith(".war") ? archiveName.substring(0, archiveName.length() - 4) : archiveName);
    }

    /** Puts this container in the place of Payara's (META-INF/services of the tests). */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class,
                    CompletePayaraMicroContainer.class);
        }
    }
}
