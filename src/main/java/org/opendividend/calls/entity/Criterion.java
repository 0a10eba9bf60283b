package org.opendividend.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.opendividend.platform.i18n.BilingualText;

import java.math.BigDecimal;
import java.util.Locale;

/** A criterion reviewers score applications on: its weight in the total, its scale and the score it requires. */
@Entity
@Table(name = "call_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_zh_tw", nullable = false)
    private String nameZhTw;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "description_zh_tw", nullable = false)
    private String descriptionZhTw;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "weight_percent", nullable = false)
    private int weightPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScoreScale scale;

    @Column(nullable = false)
    private BigDecimal threshold;

    protected Criterion() {
    }

    public Criterion(CriterionText text, int weightPercent, ScoreScale scale, BigDecimal threshold) {
        this.nameZhTw = text.nameZhTw();
        this.nameEn = text.nameEn();
        this.descriptionZhTw = text.descriptionZhTw();
        this.descriptionEn = text.descriptionEn();
        this.weightPercent = weightPercent;
        this.scale = scale;
        this.threshold = threshold;
    }

    /** The two languages' names and descriptions of a criterion. */
    public record CriterionText(String nameZhTw, String nameEn, String descriptionZhTw, String descriptionEn) {
    }

    public Long id() {
        return id;
    }

    public CriterionText text() {
        return new CriterionText(nameZhTw, nameEn, descriptionZhTw, descriptionEn);
    }

    public String name(Locale locale) {
        return BilingualText.pick(locale, nameZhTw, nameEn);
    }

    public String description(Locale locale) {
        return BilingualText.pick(locale, descriptionZhTw, descriptionEn);
    }

    public int weightPercent() {
        return weightPercent;
    }

    public ScoreScale scale() {
        return scale;
    }

    public BigDecimal threshold() {
        return threshold;
    }
}
