package org.opendividend.calls.entity;

/** The texts of a call in both languages: what may still be corrected after publication. */
public record CallTexts(String titleZhTw, String titleEn, String summaryZhTw, String summaryEn,
                        String descriptionZhTw, String descriptionEn) {

    public static final CallTexts EMPTY = new CallTexts("", "", "", "", "", "");
}
