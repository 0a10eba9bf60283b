package org.opendividend.platform.export;

/**
 * The one rule against formula injection (CSV/DDE injection): text that begins with {@code = + - @}, a tab or a
 * carriage return is run by spreadsheets as a formula, so an applicant's title {@code =HYPERLINK(...)} could reach an
 * officer's machine as a live link or command. Such text is written inert: prefixed with an apostrophe in CSV (the
 * spreadsheet convention for "this is text"), and as a quote-prefixed text cell in XLSX.
 */
public final class FormulaCells {

    private FormulaCells() {
    }

    /** Whether a spreadsheet would read this text as the start of a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    /** The text as a CSV cell may carry it: unchanged, or behind an apostrophe when it looks like a formula. */
    public static String neutralised(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
