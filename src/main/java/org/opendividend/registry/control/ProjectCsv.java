package org.opendividend.registry.control;

import org.opendividend.platform.export.CsvExport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The registry's projects as CSV (one row per project; the platform's {@link CsvExport}: UTF-8 with a byte-order
 * mark, formula-looking text neutralised). Column names are English identifiers, the same as the JSON API's fields,
 * so that a script reads either; codes (ministries, languages, output types) rather than names. {@code mofClasses}
 * lists the MOF class each registered model reaches (I, II, III; 0 for none), in the order of the outputs.
 */
public final class ProjectCsv {

    static final List<String> HEADER = List.of("number", "titleZhTw", "titleEn", "organisationZhTw", "organisationEn",
            "callId", "leadMinistry", "coFunders", "status", "amountAwarded", "amountDisbursed", "currency",
            "languages", "outputTypes", "licences", "outputStates", "mofClasses", "facets", "startDate", "endDate");

    private ProjectCsv() {
    }

    public static byte[] of(List<RegistryProject> projects) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvExport csv = new CsvExport(bytes)) {
            for (String column : HEADER) {
                csv.text(column);
            }
            csv.endRow();
            for (RegistryProject p : projects) {
                csv.text(p.number());
                csv.text(p.titleZhTw());
                csv.text(p.titleEn());
                csv.text(p.organisationZhTw());
                csv.text(p.organisationEn());
                csv.number(p.callId());
                csv.text(p.leadMinistry());
                csv.text(String.join(" ", p.coFunders()));
                csv.text(p.status());
                csv.amount(BigDecimal.valueOf(p.awarded()));
                csv.amount(BigDecimal.valueOf(p.disbursed()));
                csv.text("TWD");
                csv.text(String.join(" ", p.languages()));
                csv.text(joined(p.outputs().stream().map(o -> o.type().name()).toList()));
                csv.text(joined(p.outputs().stream().map(RegistryOutput::licence).toList()));
                csv.text(joined(p.outputs().stream().map(o -> o.state().name()).toList()));
                csv.text(p.outputs().stream().filter(o -> o.mofClass() != null).map(RegistryOutput::mofReached)
                        .collect(Collectors.joining(" ")));
                csv.text(p.facets().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")));
                csv.text(p.startDate().toString());
                csv.text(p.endDate().toString());
                csv.endRow();
            }
            csv.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String joined(List<String> values) {
        return values.stream().filter(java.util.Objects::nonNull).distinct().collect(Collectors.joining(" "));
    }
}
