package org.opendividend.benchmark;

import org.opendividend.review.control.assignment.AssignmentInstance;
import org.opendividend.review.control.assignment.AssignmentResult;
import org.opendividend.review.control.assignment.AssignmentRules;
import org.opendividend.review.control.assignment.ReviewerAssignment;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The assignment benchmark of BENCHMARKS.md, not a timed test: a seeded synthetic instance
 * ({@link SyntheticAssignmentInstances}) solved once, with the time, the memory and the objective beside its proven
 * bound; with {@code compare}, solved pruned (whatever its size) and unpruned, to show that pruning keeps the optimum.
 * {@code mvn -B -o -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.opendividend.benchmark.AssignmentBenchmark
 * -Dexec.args="10000 3000 3 42"} (applications, reviewers, reviews each, seed[, compare]).
 */
public final class AssignmentBenchmark {

    private AssignmentBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int applications = Integer.parseInt(args[0]);
        int reviewers = Integer.parseInt(args[1]);
        int reviews = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        boolean compareUnpruned = args.length > 4 && args[4].equals("compare");
        AssignmentInstance instance = SyntheticAssignmentInstances.generate(applications, reviewers, reviews, seed);
        System.out.printf(Locale.ROOT, "instance: %,d applications x %,d reviewers x %d reviews, seed %d, %,d conflicts%n",
                applications, reviewers, reviews, seed, instance.conflicts().size());
        ReviewerAssignment.Options d = ReviewerAssignment.Options.DEFAULT;
        if (!compareUnpruned) {
            report("default", instance, d);
            return;
        }
        AssignmentResult pruned = report("pruned", instance,
                new ReviewerAssignment.Options(d.candidatesPerApplication(), 0, d.cpSatSeconds(), d.workers()));
        AssignmentResult unpruned = report("unpruned", instance,
                new ReviewerAssignment.Options(d.candidatesPerApplication(), Long.MAX_VALUE, d.cpSatSeconds(), d.workers()));
        System.out.printf(Locale.ROOT, "pruned - unpruned objective: %.9f, same reviews: %s%n",
                pruned.objective() - unpruned.objective(), pruned.reviews().equals(unpruned.reviews()));
    }

    private static AssignmentResult report(String label, AssignmentInstance instance, ReviewerAssignment.Options options)
            throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        AssignmentResult result = ReviewerAssignment.solve(instance, options);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%s: assigned %s by %s, %.1f s, %,d candidate pairs, peak heap %,d MiB, "
                        + "peak resident %s, objective %.6f, bound %.6f, ratio %.6f, proven optimal %s, %d notices%n",
                label, result.assigned(), result.method(), seconds, result.candidatePairs(), peakHeap >> 20,
                peakResident(), result.objective(), result.upperBound(),
                result.upperBound() == 0 ? 1.0 : result.objective() / result.upperBound(), result.provenOptimal(),
                result.notices().size());
        result.notices().forEach(n -> System.out.println("  " + n));
        // a figure is only worth reporting for a result that keeps every rule and is proven to be the optimum
        AssignmentRules.assertKept(instance, result, instance.applications().size());
        if (!result.provenOptimal()) {
            throw new AssertionError(label + ": not proven optimal (objective " + result.objective() + ", bound "
                    + result.upperBound() + ")");
        }
        return result;
    }

    /** The process's peak resident memory (Java heap, OR-Tools' native memory and the rest), from Linux. */
    private static String peakResident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> String.format(Locale.ROOT, "%,d MiB", Long.parseLong(l.replaceAll("\\D", "")) >> 10))
                .findFirst().orElse("n/a");
    }
}
