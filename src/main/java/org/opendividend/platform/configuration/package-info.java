/**
 * How this deployment runs: production (the default) or demo (only the Run and Test commands ask for it), and the
 * settings without which production must not start.
 */
package org.opendividend.platform.configuration;
