package org.opendividend.applications;

import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.BudgetCategory;
import org.opendividend.applications.entity.BudgetLine;
import org.opendividend.applications.entity.PlannedOutput;
import org.opendividend.applications.entity.TeamMember;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.outputs.entity.OutputType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A complete working copy for a call, as the in-container tests submit it; HTML in a title and an output's name
 * shows that what was typed is kept as typed.
 */
public final class ApplicationTestContent {

    private ApplicationTestContent() {
    }

    public static ApplicationContent complete(FundingCall call) {
        return complete(call, call.minGrant());
    }

    public static ApplicationContent complete(FundingCall call, BigDecimal amount) {
        Map<Long, String> answers = call.questions().stream().collect(Collectors.toMap(q -> q.id(), q -> q.isChoice() ? "[0]" : "答案"));
        String licence = call.outputPolicy().allowedLicences().get(OutputType.DATASET).iterator().next();
        return new ApplicationContent("客語語料", "Hakka corpus <script>", "建置開放的客語語料。", LocalDate.of(2027, 7, 1), 12,
                List.of(new TeamMember("林雅琪", "0000-0002-1825-0097", "國立大學", true)), answers,
                List.of(new BudgetLine(BudgetCategory.PERSONNEL, 1, "研究助理", amount)),
                List.of(new PlannedOutput(OutputType.DATASET, "Corpus <script>", "", licence, LocalDate.of(2028, 6, 30),
                        "https://huggingface.co/datasets/example", "hak")),
                new ApplicationContent.Ethics(false, "", "", "自行錄製，授權清楚"));
    }
}
