package org.opendividend.organisations.control;

import org.opendividend.organisations.entity.MemberRole;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.organisations.entity.RorId;
import org.opendividend.organisations.entity.UnifiedBusinessNumber;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is wrong with an organisation's details or an invitation, field by field. Names may contain any text,
 * markup included: pages and mails show it escaped, never as markup.
 */
public final class OrganisationInputCheck {

    public static final int NAME_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 500;
    public static final int EMAIL_LENGTH = 254;

    /** One @, something before it, a dot in the domain, no blanks: the mail server is the real check. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private OrganisationInputCheck() {
    }

    public static List<FieldProblem> problems(OrganisationDetails input) {
        OrganisationDetails d = input.normalised();
        List<FieldProblem> problems = new ArrayList<>();
        Text.required(problems, "nameZhTw", d.nameZhTw());
        Text.maxLength(problems, "nameZhTw", d.nameZhTw(), NAME_LENGTH);
        Text.required(problems, "nameEn", d.nameEn());
        Text.maxLength(problems, "nameEn", d.nameEn(), NAME_LENGTH);
        if (d.type() == null) {
            problems.add(FieldProblem.of("type", "validation.required"));
        }
        if (d.businessNumber() == null) {
            if (d.type() != null && OrganisationDetails.requiresBusinessNumber(d.type())) {
                problems.add(FieldProblem.of("businessNumber", "org.problem.businessNumberRequired"));
            }
        } else if (!UnifiedBusinessNumber.isValid(d.businessNumber())) {
            problems.add(FieldProblem.of("businessNumber", "org.problem.businessNumberInvalid"));
        }
        Text.required(problems, "address", d.address());
        Text.maxLength(problems, "address", d.address(), ADDRESS_LENGTH);
        if (d.rorId() != null && RorId.parse(d.rorId()).isEmpty()) {
            problems.add(FieldProblem.of("rorId", "org.problem.rorInvalid"));
        }
        return problems;
    }

    public static List<FieldProblem> invitationProblems(String email, MemberRole role) {
        List<FieldProblem> problems = new ArrayList<>();
        String address = email == null ? null : email.strip();
        if (address == null || address.isEmpty()) {
            problems.add(FieldProblem.of("email", "validation.required"));
        } else if (address.length() > EMAIL_LENGTH) {
            problems.add(FieldProblem.of("email", "validation.tooLong", EMAIL_LENGTH));
        } else if (!EMAIL.matcher(address).matches()) {
            problems.add(FieldProblem.of("email", "org.problem.emailInvalid"));
        }
        if (role == null) {
            problems.add(FieldProblem.of("role", "validation.required"));
        }
        return problems;
    }
}
