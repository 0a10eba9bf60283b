package org.opendividend.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;

/**
 * The first of all filters ({@code web.xml}): records the instant the request arrived ({@link RequestArrival}) before
 * it queues for admission or waits for a lock, so that a submission sent before the closing instant is judged by
 * that instant, however long the server then takes.
 */
public class ArrivalStamp extends HttpFilter {

    @Inject
    transient Clock clock;

    @Inject
    transient RequestArrival arrival;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        arrival.arrivedAt(clock.instant());
        chain.doFilter(request, response);
    }
}
