package org.opendividend.audit.control;

import org.opendividend.audit.entity.Checkpoint;

/**
 * A line of the checkpoint file as read: the checkpoint on it (null if the line is no checkpoint at all), and whether
 * it is authentic (signed by the checkpoint key, and numbered as the line it is on).
 */
public record CheckedCheckpoint(int line, Checkpoint checkpoint, boolean authentic) {
}
