package org.opendividend.ministries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;
import org.opendividend.platform.i18n.BilingualText;

import java.util.Locale;

/** The fund that calls belong to, e.g. Taiwan's Public AI Development Fund, and the ministries that run it. */
@Entity
public class FundProgramme {

    @Id
    private String code;

    @Column(name = "name_zh_tw", nullable = false)
    private String nameZhTw;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "description_zh_tw", nullable = false)
    private String descriptionZhTw;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "fund_programme_ministry",
            joinColumns = @JoinColumn(name = "programme_code"),
            inverseJoinColumns = @JoinColumn(name = "ministry_code"))
    @OrderBy("code")
    private List<Ministry> ministries = new ArrayList<>();

    @Version
    private long version;

    protected FundProgramme() {
    }

    public String code() {
        return code;
    }

    public String name(Locale locale) {
        return BilingualText.pick(locale, nameZhTw, nameEn);
    }

    public String description(Locale locale) {
        return BilingualText.pick(locale, descriptionZhTw, descriptionEn);
    }

    public List<Ministry> ministries() {
        return List.copyOf(ministries);
    }
}
