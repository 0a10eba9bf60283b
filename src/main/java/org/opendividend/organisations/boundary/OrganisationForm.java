package org.opendividend.organisations.boundary;

import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;

import java.io.Serializable;

/** What the organisation form's fields hold: plain and serializable, so that a refused save loses nothing typed. */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String nameZhTw = "";
    private String nameEn = "";
    private String type;
    private String businessNumber = "";
    private String address = "";
    private String rorId = "";

    public static OrganisationForm of(Organisation organisation) {
        OrganisationForm f = new OrganisationForm();
        f.nameZhTw = organisation.nameZhTw();
        f.nameEn = organisation.nameEn();
        f.type = organisation.type().name();
        f.businessNumber = nz(organisation.businessNumber());
        f.address = organisation.address();
        f.rorId = nz(organisation.rorId());
        return f;
    }

    /** What the form says, as the facade takes it; an unknown type (it cannot come from the page) counts as none. */
    public OrganisationDetails details() {
        return new OrganisationDetails(nameZhTw, nameEn, parseType(type), businessNumber, address, rorId);
    }

    private static OrganisationType parseType(String name) {
        try {
            return name == null || name.isBlank() ? null : OrganisationType.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String getNameZhTw() { return nameZhTw; }
    public void setNameZhTw(String v) { nameZhTw = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getBusinessNumber() { return businessNumber; }
    public void setBusinessNumber(String v) { businessNumber = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getRorId() { return rorId; }
    public void setRorId(String v) { rorId = v; }
}
