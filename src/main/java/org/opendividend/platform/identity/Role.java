package org.opendividend.platform.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles of the identity provider and the area of the application that belongs to each.
 * The order is the order of the menu and of the area a person lands in after login.
 */
public enum Role {
    APPLICANT("applicant", "/applicant/"),
    REVIEWER("reviewer", "/reviewer/"),
    OFFICER("officer", "/officer/"),
    APPROVER("approver", "/approver/"),
    FINANCE("finance", "/finance/"),
    FUND_ADMIN("fund-admin", "/admin/");

    private final String roleName;
    private final String area;

    Role(String roleName, String area) {
        this.roleName = roleName;
        this.area = area;
    }

    /** Name of the realm role in the token and in {@code web.xml}. */
    public String roleName() {
        return roleName;
    }

    /** Path of the area's dashboard. */
    public String area() {
        return area;
    }

    /** Key of the role's name in the message bundles. */
    public String labelKey() {
        return "role." + roleName;
    }

    public static Optional<Role> byName(String roleName) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(roleName)).findFirst();
    }
}
