package org.opendividend.applications;

import org.opendividend.calls.boundary.QuestionView;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.BudgetCategory;
import org.opendividend.applications.entity.BudgetLine;
import org.opendividend.applications.entity.PlannedOutput;
import org.opendividend.applications.entity.TeamMember;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.Question;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.events.Actor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the screening unit tests start from: the fixture call (questions numbered), complete content, a submission. */
public final class ScreeningTestData {

    public static final Instant SUBMITTED = Instant.parse("2027-03-01T02:00:00Z");
    public static final Actor APPLICANT = new Actor("sub-applicant", "林雅琪");
    public static final Actor OFFICER = new Actor("sub-officer-moc", "文化部承辦人");

    private ScreeningTestData() {
    }

    /** The fixture call, published; questions get their ids from the database, so they are numbered here. */
    public static FundingCall call() {
        return withQuestionIds(CallFixtures.callIn(CallStatus.OPEN));
    }

    /** The call with its questions numbered 1, 2, … as the database would. */
    public static FundingCall withQuestionIds(FundingCall call) {
        long id = 1;
        for (Question question : call.questions()) {
            try {
                var field = Question.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(question, id++);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return call;
    }

    public static ApplicationContent complete(FundingCall call, BigDecimal amount) {
        return complete(CallView.of(call), amount);
    }

    /** Complete content for the call as other components read it. */
    public static ApplicationContent complete(CallView call, BigDecimal amount) {
        Map<Long, String> answers = call.questions().stream().collect(Collectors.toMap(QuestionView::id, q -> q.isChoice() ? "[0]" : "答案"));
        String licence = call.allowedLicences().get(OutputType.DATASET).iterator().next();
        return new ApplicationContent("客語語料", "Hakka corpus", "建置開放的客語語料。", LocalDate.of(2027, 7, 1), 12,
                List.of(new TeamMember("林雅琪", "0000-0002-1825-0097", "國立大學", true)), answers,
                List.of(new BudgetLine(BudgetCategory.PERSONNEL, 1, "研究助理", amount)),
                List.of(new PlannedOutput(OutputType.DATASET, "Corpus", "", licence, LocalDate.of(2028, 6, 30),
                        "https://huggingface.co/datasets/example", "hak")),
                new ApplicationContent.Ethics(false, "", "族群會議同意", "自行錄製，授權清楚"));
    }

    /** A submitted application with complete content. */
    public static Application submitted(FundingCall call) {
        Application application = Application.start(1001, 7, APPLICANT, SUBMITTED.minusSeconds(3600));
        try {
            var id = Application.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(application, 1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        application.revise(complete(call, call.minGrant()), SUBMITTED.minusSeconds(60));
        application.submit("OD-1001-1-1", SUBMITTED);
        return application;
    }
}
