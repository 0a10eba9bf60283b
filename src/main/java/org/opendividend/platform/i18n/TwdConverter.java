package org.opendividend.platform.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts in New Taiwan dollars as people type them: whole dollars, thousands separators allowed
 * ({@code 1,500,000}), never negative, never decimals. Anything else is refused with a translated message at the
 * field, and what was typed stays in it.
 */
@FacesConverter("twd")
public class TwdConverter implements Converter<BigDecimal> {

    private static final Pattern WHOLE = Pattern.compile("\\d{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d*");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value, context.getViewRoot().getLocale());
    }

    /** Parses an amount or throws a converter exception whose message is translated into {@code locale}. */
    public static BigDecimal parse(String value, Locale locale) {
        String compact = value.strip().replaceAll("(?<=\\d)[,\\s](?=\\d{3})", "").replaceFirst("^NT\\$\\s*", "");
        if (compact.startsWith("-")) {
            throw failure(locale, "validation.twd.negative");
        }
        if (DECIMAL.matcher(compact).matches() && !compact.matches("\\d+[.,]0*")) {
            throw failure(locale, "validation.twd.whole");
        }
        String whole = compact.replaceFirst("[.,]0*$", "");
        if (!WHOLE.matcher(whole).matches()) {
            throw failure(locale, "validation.twd.format");
        }
        return new BigDecimal(whole);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : format(value);
    }

    public static String format(BigDecimal value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    private static ConverterException failure(Locale locale, String key) {
        String text = Texts.text(locale, key);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
