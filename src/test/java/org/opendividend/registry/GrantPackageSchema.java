package org.opendividend.registry;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.Set;

/**
 * The 360Giving Data Standard's package schema (test support, asserts nothing itself), read from the copies in
 * {@code src/test/resources/registry/360giving/}: the package schema names the grant schema by its address on GitHub,
 * mapped here to the copy, so that nothing is fetched. Formats (dates, URIs) are asserted, not only annotated.
 */
public final class GrantPackageSchema {

    private static final String STANDARD = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";

    private GrantPackageSchema() {
    }

    /** The schema's complaints about a package; empty when it is valid. */
    public static Set<ValidationMessage> problems(String json) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m
                        .mapPrefix(STANDARD + "1.4.2/schema/", "classpath:registry/360giving/")
                        .mapPrefix(STANDARD + "1.4.3/schema/", "classpath:registry/360giving/")));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = factory.getSchema(
                SchemaLocation.of("classpath:registry/360giving/360-giving-package-schema.json"), config);
        return schema.validate(json, InputFormat.JSON);
    }
}
