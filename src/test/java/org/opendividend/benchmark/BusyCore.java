package org.opendividend.benchmark;

import java.io.IOException;
import java.time.Duration;

/**
 * Keeps one core busy, as other work on a shared machine would: a separate process that spins until it is closed
 * or its time is up ({@code timeout}), so that a benchmark that fails can never leave it running for long.
 */
final class BusyCore implements AutoCloseable {

    private final Process spinner;

    private BusyCore(Process spinner) {
        this.spinner = spinner;
    }

    static BusyCore start(Duration atMost) throws IOException {
        return new BusyCore(new ProcessBuilder("timeout", Long.toString(atMost.toSeconds()), "sh", "-c", "while :; do :; done")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    @Override
    public void close() {
        spinner.descendants().forEach(ProcessHandle::destroyForcibly);
        spinner.destroyForcibly();
    }
}
