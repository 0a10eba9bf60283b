package org.opendividend.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Folds the nonce of PrimeFaces into our one Content-Security-Policy. In its CSP mode PrimeFaces announces the nonce
 * of the view it renders by adding a policy header of its own ({@code script-src 'self' 'nonce-...'}). Beside ours
 * that would be a second policy, and a browser enforces every policy it is given: ours, without the nonce, would
 * still refuse the scripts PrimeFaces allowed. So a policy header set or added below this wrapper replaces ours by
 * ours with the nonce it names ({@link ContentSecurityPolicy#replacing}), and the answer keeps one policy, defined
 * in one place.
 */
final class PrimeFacesNonce extends HttpServletResponseWrapper {

    static final String POLICY_HEADER = "Content-Security-Policy";

    PrimeFacesNonce(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void addHeader(String name, String value) {
        if (POLICY_HEADER.equalsIgnoreCase(name)) {
            setHeader(name, value);
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, POLICY_HEADER.equalsIgnoreCase(name) ? ContentSecurityPolicy.replacing(value) : value);
    }
}
