package org.opendividend.platform.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Whether every page carries the demo banner (the layout asks {@code #{demoNotice.shown}}): in demo mode, so that
 * nobody takes the made-up calls and demo logins of the Run command for a real fund. The banner also says when the
 * demo takes every e-mail address as verified, a shortcut production refuses.
 */
@Named
@ApplicationScoped
public class DemoNotice {

    private final StartupSettings settings = StartupSettings.current();
    private final boolean shown = settings.demo();
    private final boolean trustsAddresses = settings.trustsUnverifiedAddresses();

    public boolean isShown() {
        return shown;
    }

    public boolean isTrustsAddresses() {
        return trustsAddresses;
    }
}
