package org.opendividend.audit.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets the first of repeated refusals through and holds back the rest for a while: a page that polls, a script
 * retrying or a person reloading a refused page would otherwise write an audit entry per request and bury the log.
 * Kept in memory, per server: after a restart (or on another node) the next refusal is recorded again, which only
 * costs an entry.
 */
public class RefusalCoalescing {

    /** Refusals of the same person, object, action and reason within this time are one entry. */
    public static final Duration WINDOW = Duration.ofMinutes(1);
    /** Beyond this many remembered refusals the expired ones are dropped, then, in a flood, all of them. */
    static final int REMEMBERED_MAX = 10_000;

    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    /** Whether a refusal with this key at {@code now} is to be recorded, and if so remembers it. */
    public boolean first(String key, Instant now) {
        boolean[] record = {false};
        lastRecorded.compute(key, (k, last) -> {
            if (last != null && now.isBefore(last.plus(WINDOW))) {
                return last;
            }
            record[0] = true;
            return now;
        });
        if (record[0] && lastRecorded.size() > REMEMBERED_MAX) {
            forgetExpired(now);
        }
        return record[0];
    }

    private void forgetExpired(Instant now) {
        lastRecorded.values().removeIf(last -> !now.isBefore(last.plus(WINDOW)));
        if (lastRecorded.size() > REMEMBERED_MAX) {
            // so many different refusals within a minute: memory matters more than a few more entries
            lastRecorded.clear();
        }
    }

    /** How many refusals are remembered (for the tests of the bound). */
    int remembered() {
        return lastRecorded.size();
    }
}
