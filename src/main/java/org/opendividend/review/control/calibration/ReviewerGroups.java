package org.opendividend.review.control.calibration;

/**
 * The groups of reviewers linked through applications they reviewed together (directly or through others): the
 * connected parts of the reviewer–application graph. Offsets can be compared within a group only; the fit centres
 * each group's offsets on 0.
 */
final class ReviewerGroups {

    private final int[] group;
    private final int count;

    private ReviewerGroups(int[] group, int count) {
        this.group = group;
        this.count = count;
    }

    /** The groups of {@code reviewers} reviewers, given per application the indexes of its reviewers. */
    static ReviewerGroups of(int reviewers, int[][] reviewersOfApplication) {
        int[] parent = new int[reviewers];
        for (int r = 0; r < reviewers; r++) {
            parent[r] = r;
        }
        for (int[] together : reviewersOfApplication) {
            for (int r : together) {
                parent[root(parent, r)] = root(parent, together[0]);
            }
        }
        // numbered in the order of their first reviewer, so that the numbering is the same for the same input
        int[] group = new int[reviewers];
        int[] number = new int[reviewers];
        java.util.Arrays.fill(number, -1);
        int count = 0;
        for (int r = 0; r < reviewers; r++) {
            int root = root(parent, r);
            if (number[root] < 0) {
                number[root] = count++;
            }
            group[r] = number[root];
        }
        return new ReviewerGroups(group, count);
    }

    private static int root(int[] parent, int r) {
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    int of(int reviewer) {
        return group[reviewer];
    }

    int count() {
        return count;
    }
}
