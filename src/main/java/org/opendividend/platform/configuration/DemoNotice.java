package org.opendividend.platform.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Whether every page carries the demo banner (the layout asks {@code #{demoNotice.shown}}): in demo mode, so that
 * nobody takes the made-up calls and demo logins of the Run command for a real fund.
 */
@Named
@ApplicationScoped
public class DemoNotice {

    private final boolean shown = StartupSettings.current().demo();

    public boolean isShown() {
        return shown;
    }
}
