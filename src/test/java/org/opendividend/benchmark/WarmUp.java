package org.opendividend.benchmark;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Before the timed rounds, the same traffic for a while: bodies to the bare endpoint, uploads and submissions. A server
 * in a deadline rush has served this kind of request for weeks; one started minutes ago still compiles what its
 * requests run (measured on the cold server: C2 compiled some 2,500 new methods during six rounds after the
 * preparation, its compiler threads took 15–25 % of the server's CPU for the first three minutes of this traffic),
 * and the small bare endpoint needs far less of that than a submission. Each pass's figures are printed, so the cold
 * server's stay in the record.
 */
final class WarmUp {

    private WarmUp() {
    }

    /** Passes whose rushes' CPU the summary's compiler share is of: one pass alone swings between 0 and 25 %. */
    private static final int LAST_PASSES = 10;

    /** What the warm-up did: passes, acknowledged submissions, requests without an answer, the compiler's late share. */
    record Summary(int passes, long submissions, long failed, long unanswered, double lastCompilerShare, Duration took,
                   List<String> failures) {

        String describe(int applicants) {
            return String.format("Warm-up before the timed rounds: %d passes in %d s, each the measured applicants' burst"
                            + " to the bare endpoint and %d other applicants uploading and submitting: %d submissions"
                            + " acknowledged, %d refused or failed, %d requests without an answer; in the rushes of its last %d passes the JIT"
                            + " compiler took %.0f %% of the server's CPU.%n", passes, took.toSeconds(), applicants,
                    submissions, failed, unanswered, LAST_PASSES, 100 * lastCompilerShare)
                    + failures.stream().map(f -> "  failed: " + f + "\n").collect(Collectors.joining());
        }
    }

    /**
     * Passes until the time is up: the measured applicants' ceiling burst (the rounds' width, on an endpoint that
     * changes no application), then the warmers' rush.
     */
    static Summary run(List<DeadlineRush.Applicant> measured, List<DeadlineRush.Applicant> warmers, Duration duration,
                       int pdfBytes, String appUrl, CpuUse.Processes watched) throws Exception {
        long started = System.nanoTime();
        int passes = 0;
        long submissions = 0;
        long unanswered = 0;
        long failed = 0;
        List<String> failures = new ArrayList<>();
        ArrayDeque<CpuUse> last = new ArrayDeque<>();
        while (System.nanoTime() - started < duration.toNanos()) {
            passes++;
            // the warmers' PDFs are named by pass like the rounds' by round: they are other people's
            StartLine.Race<Integer> ceiling = Ceiling.burst(measured, "warm-up-" + passes, pdfBytes, appUrl, watched);
            DeadlineRush.Rush rush = DeadlineRush.rush(DeadlineRush.uploads(warmers, passes, pdfBytes), watched);
            submissions += rush.acknowledged().size();
            failed += rush.race().outcomes().size() - rush.acknowledged().size();
            // the first few, as the rounds' report gives them: a refusal in the warm-up is a finding too
            int pass = passes;
            rush.race().outcomes().stream().filter(o -> !o.acknowledged()).limit(5L - Math.min(5, failures.size()))
                    .forEach(o -> failures.add("pass " + pass + ": upload " + o.uploadStatus() + ", submit "
                            + o.submitStatus() + ": " + String.valueOf(o.failure()).lines().findFirst().orElse("")));
            unanswered += rush.answers().noAnswers() + Ceiling.unanswered(ceiling);
            CpuUse cpu = rush.race().cpu();
            last.addLast(cpu);
            if (last.size() > LAST_PASSES) {
                last.removeFirst();
            }
            System.out.printf("  warm-up pass %d: %.1f submissions/s, %.1f bodies/s at the bare endpoint; JIT"
                            + " compiler %.0f %% of the server's CPU in the rush%n", passes,
                    rush.race().perSecond(rush.acknowledged().size()), Ceiling.bodiesPerSecond(ceiling),
                    100 * compilerShare(List.of(cpu)));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Summary(passes, submissions, failed, unanswered, compilerShare(last), took, failures);
    }

    private static double compilerShare(Collection<CpuUse> uses) {
        double server = uses.stream().mapToDouble(CpuUse::serverSeconds).sum();
        return server == 0 ? 0 : uses.stream().mapToDouble(CpuUse::compilerSeconds).sum() / server;
    }
}
