package org.opendividend.platform.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Instants entered and shown in Asia/Taipei through the browser's {@code datetime-local} field
 * ({@code 2027-03-31T17:00}), stored as UTC instants whatever the browser's or the server's time zone.
 */
@FacesConverter("taipeiDateTime")
public class TaipeiDateTimeConverter implements Converter<Instant> {

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            String text = Texts.text(context.getViewRoot().getLocale(), "validation.datetime.format");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    public static Instant parse(String value) {
        return LocalDateTime.parse(value.strip()).atZone(Formats.TAIPEI).toInstant();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FIELD.format(value.atZone(Formats.TAIPEI).truncatedTo(ChronoUnit.MINUTES));
    }
}
