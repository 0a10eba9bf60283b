package org.opendividend.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows instants in Asia/Taipei, whatever the server's or the reader's time zone: {@code #{formats.dateTime(t)}}. */
@Named
@ApplicationScoped
public class Formats {

    public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(TAIPEI);

    public String dateTime(Instant instant) {
        return taipei(instant);
    }

    /** An instant as people in Taipei read it, to the second ({@code 2027-03-31 17:00:00}); empty for none. */
    public static String taipei(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
