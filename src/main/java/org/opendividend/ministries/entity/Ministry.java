package org.opendividend.ministries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.opendividend.platform.i18n.BilingualText;

import java.util.Locale;

/** A ministry that runs calls and funds grants, identified by a short code such as {@code moc}. */
@Entity
public class Ministry {

    @Id
    private String code;

    @Column(name = "name_zh_tw", nullable = false)
    private String nameZhTw;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    private boolean active;

    @Version
    private long version;

    protected Ministry() {
    }

    public Ministry(String code, String nameZhTw, String nameEn) {
        this.code = code;
        this.nameZhTw = nameZhTw;
        this.nameEn = nameEn;
        this.active = true;
    }

    public String code() {
        return code;
    }

    /** The name in the reader's language: English for English readers, Traditional Chinese for all others. */
    public String name(Locale locale) {
        return BilingualText.pick(locale, nameZhTw, nameEn);
    }

    public String nameZhTw() {
        return nameZhTw;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean isActive() {
        return active;
    }
}
