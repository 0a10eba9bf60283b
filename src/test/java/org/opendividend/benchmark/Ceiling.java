package org.opendividend.benchmark;

import org.opendividend.applications.ApplicantApi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A round's ceiling: what the bare storing endpoint stores per second on the same server, measured just before and
 * just after the rush. The rush is compared with the faster of the two: a burst of a second or two swings with
 * whatever else the machine did in it (once a ceiling burst ran at half the speed of the next, which made a ratio
 * above 1 out of nothing), and the faster one is the harder standard.
 */
record Ceiling(StartLine.Race<Integer> before, StartLine.Race<Integer> after) {

    /**
     * One burst: every applicant at once sends a PDF of the same size to the bare storing endpoint (SHA-256 and a
     * durable write to the file store; no database, no session, no security); the outcome is each answer's status.
     * The PDFs differ by applicant and by {@code tag}, so that none is stored already.
     */
    static StartLine.Race<Integer> burst(List<DeadlineRush.Applicant> applicants, String tag, int pdfBytes,
                                         String appUrl, CpuUse.Processes watched) throws Exception {
        List<StartLine.Entrant<Integer>> entrants = new ArrayList<>();
        for (DeadlineRush.Applicant a : applicants) {
            byte[] pdf = ApplicantApi.pdf(a.username() + "-ceiling-" + tag, pdfBytes);
            entrants.add(() -> () -> {
                try {
                    return a.client().putBytes(appUrl + "/benchmark/ceiling", "application/pdf", pdf).statusCode();
                } catch (IOException unanswered) {
                    return Answers.NO_ANSWER;
                }
            });
        }
        return StartLine.race(entrants, watched);
    }

    static long stored(StartLine.Race<Integer> burst) {
        return burst.outcomes().stream().filter(s -> s == 201).count();
    }

    static double bodiesPerSecond(StartLine.Race<Integer> burst) {
        return burst.perSecond(stored(burst));
    }

    /** The burst that stored more per second: the standard the rush is measured against. */
    StartLine.Race<Integer> faster() {
        return bodiesPerSecond(after) > bodiesPerSecond(before) ? after : before;
    }

    long unanswered() {
        return unanswered(before) + unanswered(after);
    }

    static long unanswered(StartLine.Race<Integer> burst) {
        return burst.outcomes().stream().filter(s -> s == Answers.NO_ANSWER).count();
    }
}
