package org.opendividend.outputs.control;

import org.opendividend.outputs.entity.MofEntry;
import org.opendividend.outputs.entity.OutputRegistry;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.validation.FieldProblem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What is wrong with a registration as the grantee typed it, every problem with its field and message: an http(s)
 * address without credentials, on the registry chosen (a Hugging Face, GitHub, Zenodo or Software Heritage address is
 * read from that registry; "other" takes any public address and is left to the officer), a persistent identifier that
 * is a DOI or a SWHID, a declared licence the catalogue knows (an SPDX identifier, or one of the ids the fund
 * curates), and for model weights MOF components each with a licence the catalogue knows and a location. Pure.
 */
public final class RegistrationCheck {

    public static final int URL_MAX = 1000;
    public static final int REVISION_MAX = 200;
    public static final int IDENTIFIER_MAX = 300;

    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/\\S{1,250}");
    private static final Pattern SWHID = Pattern.compile("swh:1:(cnt|dir|rev|rel|snp):[0-9a-f]{40}(;.*)?");

    private RegistrationCheck() {
    }

    public static List<FieldProblem> problems(OutputType type, String url, OutputRegistry registry, String revision,
            String identifier, String declaredLicence, List<MofEntry> components, LicenceCatalogue catalogue) {
        List<FieldProblem> problems = new ArrayList<>();
        if (registry == null) {
            problems.add(FieldProblem.of("registry", "outputs.problem.registryRequired"));
        }
        url(url, registry).ifPresent(problems::add);
        if (revision != null && revision.strip().length() > REVISION_MAX) {
            problems.add(FieldProblem.of("revision", "outputs.problem.tooLong", REVISION_MAX));
        }
        String id = identifier == null ? "" : identifier.strip();
        if (!id.isEmpty() && (id.length() > IDENTIFIER_MAX
                || !DOI.matcher(id.replaceFirst("(?i)^https?://(dx\\.)?doi\\.org/", "")).matches()
                && !SWHID.matcher(id).matches())) {
            problems.add(FieldProblem.of("identifier", "outputs.problem.identifier"));
        }
        String licence = declaredLicence == null ? "" : declaredLicence.strip();
        if (licence.isEmpty()) {
            problems.add(FieldProblem.of("licence", "outputs.problem.licenceRequired"));
        } else if (catalogue.classify(licence).isEmpty()) {
            problems.add(FieldProblem.of("licence", "outputs.problem.licenceUnknown", licence));
        }
        if (type == OutputType.MODEL_WEIGHTS && components != null) {
            for (int i = 0; i < components.size(); i++) {
                mofProblem(components.get(i), i + 1, catalogue).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private static Optional<FieldProblem> url(String url, OutputRegistry registry) {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            return Optional.of(FieldProblem.of("url", "outputs.problem.urlRequired"));
        }
        if (address.length() > URL_MAX) {
            return Optional.of(FieldProblem.of("url", "outputs.problem.tooLong", URL_MAX));
        }
        if (registry == OutputRegistry.SOFTWARE_HERITAGE && SWHID.matcher(address).matches()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return Optional.of(FieldProblem.of("url", "outputs.problem.urlInvalid"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return Optional.of(FieldProblem.of("url", "outputs.problem.urlInvalid"));
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of(FieldProblem.of("url", "outputs.problem.urlCredentials"));
        }
        if (registry == null || registry == OutputRegistry.OTHER) {
            return Optional.empty();
        }
        Optional<RegistryReader.Target> target = RegistryReader.locate(address, null);
        boolean matches = target.filter(t -> matches(t, registry)).isPresent();
        return matches ? Optional.empty() : Optional.of(FieldProblem.of("url", "outputs.problem.urlNotOfRegistry"));
    }

    private static boolean matches(RegistryReader.Target target, OutputRegistry registry) {
        return switch (registry) {
            case HUGGING_FACE_MODEL -> target.registry() == Registry.HUGGING_FACE
                    && target.kind() == HuggingFaceAdapter.Kind.MODEL;
            case HUGGING_FACE_DATASET -> target.registry() == Registry.HUGGING_FACE
                    && target.kind() == HuggingFaceAdapter.Kind.DATASET;
            case GITHUB -> target.registry() == Registry.GITHUB;
            case ZENODO -> target.registry() == Registry.ZENODO;
            case SOFTWARE_HERITAGE -> target.registry() == Registry.SOFTWARE_HERITAGE;
            case OTHER -> true;
        };
    }

    private static Optional<FieldProblem> mofProblem(MofEntry entry, int row, LicenceCatalogue catalogue) {
        if (entry.component() == null || entry.component().isBlank()) {
            return Optional.of(FieldProblem.of("mof", "outputs.problem.mofComponent", row));
        }
        try {
            MofComponent.valueOf(entry.component());
        } catch (IllegalArgumentException unknown) {
            return Optional.of(FieldProblem.of("mof", "outputs.problem.mofComponent", row));
        }
        String licence = entry.licence() == null ? "" : entry.licence().strip();
        if (licence.isEmpty() || catalogue.classify(licence).isEmpty()) {
            return Optional.of(FieldProblem.of("mof", "outputs.problem.mofLicence", row, licence));
        }
        if (entry.location() == null || entry.location().isBlank() || entry.location().strip().length() > URL_MAX) {
            return Optional.of(FieldProblem.of("mof", "outputs.problem.mofLocation", row));
        }
        return Optional.empty();
    }
}
