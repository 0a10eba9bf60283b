package org.opendividend.review.control.assignment;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The assignment as a min-cost flow (OR-Tools' {@code MinCostFlow}, cost = −scaled affinity), as OpenReview's matcher
 * does. Nodes: every reviewer, every application, one pool node, and a reader node per application whose language
 * rule is modelled. Lower bounds become supplies: a reviewer supplies their minimum load, the pool supplies the
 * remaining reviews and passes at most maxLoad − minLoad more to each reviewer; an application consumes its reviews.
 * <p>
 * Exact when each application has at most one target language to enforce: its readers reach it through its reader
 * node, which consumes one unit itself (so at least one reader is assigned) and passes at most reviews − 1 on. With
 * several target languages the rule is a covering constraint, no longer a flow; then one language (the one with
 * fewest candidate readers) is modelled here, which makes this a relaxation, and {@link ReviewerAssignment} checks
 * the others and turns to {@link CpSatModel} when one is broken.
 * <p>
 * The flow on a pruned candidate list is proven optimal for the full list by {@link #improvingPairs}: node potentials
 * (shortest distances in the residual graph) that leave every left-out pair a non-negative reduced cost are an LP dual
 * certificate that no left-out pair could improve the assignment.
 */
final class FlowModel {

    private final Candidates candidates;
    private final String[] modelledLanguage;
    private final int reviewerCount;
    private final int pool;
    private final int[] readerNode;
    private final int nodeCount;
    private final List<long[]> arcs = new ArrayList<>(); // {tail, head, capacity, cost, flow}
    private final int[][] pairArc;

    private FlowModel(Candidates candidates, String[] modelledLanguage) {
        this.candidates = candidates;
        this.modelledLanguage = modelledLanguage;
        AssignmentInstance instance = candidates.instance;
        reviewerCount = instance.reviewers().size();
        int applicationCount = instance.applications().size();
        pool = reviewerCount + applicationCount;
        readerNode = new int[applicationCount];
        int next = pool + 1;
        for (int a = 0; a < applicationCount; a++) {
            readerNode[a] = modelledLanguage[a] == null ? -1 : next++;
        }
        nodeCount = next;
        pairArc = new int[applicationCount][];
    }

    /** The min-cost flow with at most the language given per application (null: none) enforced. */
    static FlowModel of(Candidates candidates, String[] modelledLanguage) {
        return new FlowModel(candidates, modelledLanguage);
    }

    /** For each application the reviewers (indexes) of a min-cost flow; empty when no flow exists. */
    Optional<int[][]> solve() {
        AssignmentInstance instance = candidates.instance;
        MinCostFlow flow = new MinCostFlow(nodeCount, (int) Math.min(Integer.MAX_VALUE, candidates.pairs() + nodeCount));
        try {
            long reviews = 0;
            long minimum = 0;
            for (int r = 0; r < reviewerCount; r++) {
                AssignmentInstance.Reviewer reviewer = instance.reviewers().get(r);
                flow.setNodeSupply(r, reviewer.minLoad());
                minimum += reviewer.minLoad();
                arc(flow, pool, r, reviewer.maxLoad() - reviewer.minLoad(), 0);
            }
            for (int a = 0; a < pairArc.length; a++) {
                int needed = instance.applications().get(a).reviewsNeeded();
                reviews += needed;
                int applicationNode = reviewerCount + a;
                if (readerNode[a] >= 0) {
                    flow.setNodeSupply(readerNode[a], -1);
                    arc(flow, readerNode[a], applicationNode, needed - 1, 0);
                    flow.setNodeSupply(applicationNode, -(needed - 1));
                } else {
                    flow.setNodeSupply(applicationNode, -needed);
                }
                int[] reviewers = candidates.reviewers[a];
                pairArc[a] = new int[reviewers.length];
                for (int i = 0; i < reviewers.length; i++) {
                    pairArc[a][i] = arc(flow, reviewers[i], target(a, reviewers[i]), 1,
                            -ScaledAffinity.of(candidates.affinities[a][i]));
                }
            }
            if (minimum > reviews) {
                return Optional.empty();
            }
            flow.setNodeSupply(pool, reviews - minimum);
            if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
                return Optional.empty();
            }
            for (int i = 0; i < arcs.size(); i++) {
                arcs.get(i)[4] = flow.getFlow(i);
            }
            int[][] chosen = new int[pairArc.length][];
            for (int a = 0; a < pairArc.length; a++) {
                int application = a;
                int[] reviewers = candidates.reviewers[a];
                chosen[a] = IntStream.range(0, reviewers.length)
                        .filter(i -> arcs.get(pairArc[application][i])[4] > 0).map(i -> reviewers[i]).toArray();
            }
            return Optional.of(chosen);
        } finally {
            flow.delete();
        }
    }

    /**
     * After {@link #solve()}: the eligible pairs left out of the candidates that have a negative reduced cost under
     * shortest-path potentials of the residual graph, each as {application, reviewer}. None means the flow is optimal
     * for the full list of eligible pairs, not only the pruned one.
     */
    List<int[]> improvingPairs(Affinities affinities, boolean[][] conflicted) {
        long[] potential = residualDistances();
        AssignmentInstance instance = candidates.instance;
        List<int[]> improving = new ArrayList<>();
        for (int a = 0; a < pairArc.length; a++) {
            if (instance.applications().get(a).reviewsNeeded() == 0) {
                continue;
            }
            double[] row = affinities.row(a);
            int[] kept = candidates.reviewers[a];
            for (int r = 0; r < reviewerCount; r++) {
                if (conflicted[a][r] || instance.reviewers().get(r).maxLoad() == 0 || Arrays.binarySearch(kept, r) >= 0) {
                    continue;
                }
                if (-ScaledAffinity.of(row[r]) + potential[r] - potential[target(a, r)] < 0) {
                    improving.add(new int[] {a, r});
                }
            }
        }
        return improving;
    }

    private int target(int application, int reviewer) {
        String language = modelledLanguage[application];
        return language != null && candidates.instance.reviewers().get(reviewer).reads(language)
                ? readerNode[application] : reviewerCount + application;
    }

    private int arc(MinCostFlow flow, int tail, int head, long capacity, long cost) {
        arcs.add(new long[] {tail, head, capacity, cost, 0});
        return flow.addArcWithCapacityAndUnitCost(tail, head, capacity, cost);
    }

    /**
     * Shortest distances from a virtual root joined to every node at cost 0, over the residual graph (an arc with room
     * forward at its cost, an arc with flow backward at minus its cost), by queue-based Bellman-Ford. An optimal flow
     * leaves no negative cycle, so it ends.
     */
    private long[] residualDistances() {
        int[] outDegree = new int[nodeCount + 1];
        for (long[] arc : arcs) {
            if (arc[4] < arc[2]) {
                outDegree[(int) arc[0] + 1]++;
            }
            if (arc[4] > 0) {
                outDegree[(int) arc[1] + 1]++;
            }
        }
        for (int v = 0; v < nodeCount; v++) {
            outDegree[v + 1] += outDegree[v];
        }
        int[] start = outDegree.clone();
        int[] head = new int[start[nodeCount]];
        long[] cost = new long[start[nodeCount]];
        int[] fill = Arrays.copyOf(start, nodeCount);
        for (long[] arc : arcs) {
            if (arc[4] < arc[2]) {
                head[fill[(int) arc[0]]] = (int) arc[1];
                cost[fill[(int) arc[0]]++] = arc[3];
            }
            if (arc[4] > 0) {
                head[fill[(int) arc[1]]] = (int) arc[0];
                cost[fill[(int) arc[1]]++] = -arc[3];
            }
        }
        long[] distance = new long[nodeCount];
        boolean[] queued = new boolean[nodeCount];
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (int v = 0; v < nodeCount; v++) {
            queue.add(v);
            queued[v] = true;
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            queued[u] = false;
            for (int e = start[u]; e < start[u + 1]; e++) {
                if (distance[u] + cost[e] < distance[head[e]]) {
                    distance[head[e]] = distance[u] + cost[e];
                    if (!queued[head[e]]) {
                        queued[head[e]] = true;
                        queue.add(head[e]);
                    }
                }
            }
        }
        return distance;
    }
}
