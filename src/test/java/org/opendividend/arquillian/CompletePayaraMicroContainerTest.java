package org.opendividend.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletePayaraMicroContainerTest {

    @Test
    void theTestServletIsNamedAtTheContextRootPayaraMicroGivesAWar() {
        assertEquals("/audit-it", CompletePayaraMicroContainer.contextRoot("audit-it.war"));
        assertEquals("/calls-it", CompletePayaraMicroContainer.contextRoot("calls-it"));
    }

    @Test
    void arquillianFindsTheExtensionThatPutsTheContainerInPlace() {
        assertTrue(ServiceLoader.load(LoadableExtension.class).stream()
                .anyMatch(e -> e.type() == CompletePayaraMicroContainer.Extension.class));
    }
}
