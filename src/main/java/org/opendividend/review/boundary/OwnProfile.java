package org.opendividend.review.boundary;

import org.opendividend.review.entity.ReviewerProfileContent;

/** The reviewer's own profile as their page edits it: what it says, read within the transaction, and its version. */
public record OwnProfile(long version, ReviewerProfileContent content) {
}
