package org.opendividend.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A free keyword of a reviewer's expertise, in the language it was written in ({@code zh-TW} or {@code en}). */
@Embeddable
public record Keyword(@Column(name = "language", nullable = false) String language,
                      @Column(name = "keyword", nullable = false) String text) {

    public static final String ZH_TW = "zh-TW";
    public static final String EN = "en";
}
