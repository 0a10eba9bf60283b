package org.opendividend.outputs.boundary;

import org.opendividend.outputs.entity.ObligationState;
import org.opendividend.outputs.entity.OutputType;

import java.time.Instant;

/**
 * An open output as the public may know it (the public registry's read record, read through {@link PublicOutputs}):
 * the award and the obligation's position, type and title, the link (the registered address once registered, else
 * none), the licence (the declared one once registered, else the planned one), the state, when an officer verified it
 * (only while it is verified), the MOF class its listed components reach (model weights only, 0 for none, null for
 * other types or before a registration) and the class the call requires (0: none). Never who registered or judged it,
 * nor the officer's reason (see {@link PublicOutputs} why).
 */
public record PublicOutput(long awardId, int position, OutputType type, String title, String link, String licence,
                           ObligationState state, Instant verifiedAt, Integer mofClass, int requiredMofClass) {
}
