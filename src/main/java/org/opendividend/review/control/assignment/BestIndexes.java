package org.opendividend.review.control.assignment;

import java.util.Arrays;

/**
 * The n indexes of highest value among those offered, ties going to the lower index, kept in a bounded heap of
 * primitives (a candidate list of 10,000 applications × 3,000 reviewers is built from 30 million offers).
 */
final class BestIndexes {

    private final int capacity;
    private final int[] indexes;
    private final double[] values;
    private int size;

    BestIndexes(int capacity) {
        this.capacity = capacity;
        this.indexes = new int[capacity];
        this.values = new double[capacity];
    }

    void offer(int index, double value) {
        if (capacity == 0) {
            return;
        }
        if (size < capacity) {
            indexes[size] = index;
            values[size] = value;
            up(size++);
        } else if (worse(indexes[0], values[0], index, value)) {
            indexes[0] = index;
            values[0] = value;
            down(0);
        }
    }

    /** The indexes kept, in increasing order. */
    int[] indexes() {
        int[] kept = Arrays.copyOf(indexes, size);
        Arrays.sort(kept);
        return kept;
    }

    /** Whether (i, v) ranks below (j, w): a lower value, or the same value and a higher index. */
    private static boolean worse(int i, double v, int j, double w) {
        return v < w || (v == w && i > j);
    }

    private void up(int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!worse(indexes[at], values[at], indexes[parent], values[parent])) {
                return;
            }
            swap(at, parent);
            at = parent;
        }
    }

    private void down(int at) {
        while (true) {
            int left = 2 * at + 1;
            int worst = at;
            if (left < size && worse(indexes[left], values[left], indexes[worst], values[worst])) {
                worst = left;
            }
            if (left + 1 < size && worse(indexes[left + 1], values[left + 1], indexes[worst], values[worst])) {
                worst = left + 1;
            }
            if (worst == at) {
                return;
            }
            swap(at, worst);
            at = worst;
        }
    }

    private void swap(int x, int y) {
        int index = indexes[x];
        indexes[x] = indexes[y];
        indexes[y] = index;
        double value = values[x];
        values[x] = values[y];
        values[y] = value;
    }
}
