package org.opendividend.outputs.boundary;

import org.opendividend.outputs.entity.MofEntry;
import org.opendividend.outputs.entity.OutputRegistry;

import java.util.List;

/**
 * An output as the grantee registers it (the page and the API alike).
 *
 * @param mofComponents for model weights, the Model Openness Framework's components listed (component by its
 *                      {@code MofComponent} name); ignored for other types
 */
public record Registration(String url, OutputRegistry registry, String revision, String identifier,
        String declaredLicence, List<MofEntry> mofComponents) {

    public Registration {
        mofComponents = mofComponents == null ? List.of() : List.copyOf(mofComponents);
    }
}
