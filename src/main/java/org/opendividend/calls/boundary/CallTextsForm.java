package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.CallTexts;

import java.io.Serializable;

import static org.opendividend.calls.boundary.FormValues.nz;

/** The call editor's fields for the texts ({@link CallTexts}). */
public class CallTextsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String titleZhTw = "";
    private String titleEn = "";
    private String summaryZhTw = "";
    private String summaryEn = "";
    private String descriptionZhTw = "";
    private String descriptionEn = "";

    static CallTextsForm of(CallTexts t) {
        CallTextsForm f = new CallTextsForm();
        f.titleZhTw = t.titleZhTw();
        f.titleEn = t.titleEn();
        f.summaryZhTw = t.summaryZhTw();
        f.summaryEn = t.summaryEn();
        f.descriptionZhTw = t.descriptionZhTw();
        f.descriptionEn = t.descriptionEn();
        return f;
    }

    CallTexts content() {
        return new CallTexts(nz(titleZhTw), nz(titleEn), nz(summaryZhTw), nz(summaryEn), nz(descriptionZhTw), nz(descriptionEn));
    }

    public String getTitleZhTw() { return titleZhTw; }
    public void setTitleZhTw(String v) { titleZhTw = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getSummaryZhTw() { return summaryZhTw; }
    public void setSummaryZhTw(String v) { summaryZhTw = v; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String v) { summaryEn = v; }
    public String getDescriptionZhTw() { return descriptionZhTw; }
    public void setDescriptionZhTw(String v) { descriptionZhTw = v; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { descriptionEn = v; }
}
