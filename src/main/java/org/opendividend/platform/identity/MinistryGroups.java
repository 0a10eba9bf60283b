package org.opendividend.platform.identity;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads ministry membership from the identity provider's group paths: a person in the group
 * {@code /ministries/moc} acts for the ministry with code {@code moc}. Other groups are ignored.
 */
public final class MinistryGroups {

    private static final Pattern MINISTRY_GROUP = Pattern.compile("^/?ministries/([a-z0-9][a-z0-9-]{0,31})$");

    private MinistryGroups() {
    }

    public static SortedSet<String> ministryCodes(Collection<String> groupPaths) {
        SortedSet<String> codes = new TreeSet<>();
        for (String path : groupPaths) {
            var matcher = MINISTRY_GROUP.matcher(path == null ? "" : path.trim());
            if (matcher.matches()) {
                codes.add(matcher.group(1));
            }
        }
        return codes;
    }
}
