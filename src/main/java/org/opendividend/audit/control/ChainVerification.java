package org.opendividend.audit.control;

import java.time.Instant;
import java.util.List;

/**
 * The verdict of a verification: intact or not, how many entries were checked, and the first problems found.
 *
 * @param problemCount all problems found; {@code problems} lists at most the first fifty
 */
public record ChainVerification(boolean intact, long entriesChecked, long recordedEnd, long problemCount,
                                List<ChainProblem> problems, Instant verifiedAt) {
}
