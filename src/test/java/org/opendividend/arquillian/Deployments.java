package org.opendividend.arquillian;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.opendividend.devstack.DevStack;
import org.opendividend.platform.identity.OidcLogin;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The small WARs that the {@code *IT} Arquillian tests deploy to Payara Micro: the foundation every business
 * component needs (platform, people, ministries, persistence unit, Flyway migrations and demo data, Hibernate,
 * Flyway and H2 as libraries), to which each test adds its own component's packages.
 * <p>
 * Only main classes are taken from the packages (compiled to {@code target/classes}); a test adds its own helpers
 * by name, so unit tests living in the same packages never end up in a deployment.
 * <p>
 * The OpenID Connect mechanism ({@link OidcLogin}) is left out: nothing in these tests logs in, and with it every
 * request, the Arquillian test runner's included, would depend on the identity provider being reachable.
 */
public final class Deployments {

    /** Libraries the WAR carries; the server provides the Jakarta APIs, so {@code jakarta.*} jars are left out. */
    static final String[] PERSISTENCE_LIBRARIES = {
            "org.hibernate.orm:hibernate-core",
            "org.flywaydb:flyway-core",
            "org.flywaydb:flyway-database-postgresql",
            "com.h2database:h2"};

    /** The libraries of review's invitations (ReviewerAccounts): the Keycloak admin API's interfaces. */
    static final String[] REVIEWER_ACCOUNT_LIBRARIES = {"org.keycloak:keycloak-admin-client"};

    /**
     * What the pom excludes from the Keycloak admin client (RESTEasy and Jackson's JAX-RS providers, which the
     * server's Jersey cannot create): left out of the WAR whether or not the resolver applies the pom's exclusions.
     */
    static final List<String> NOT_WITH_THE_SERVERS_JERSEY = List.of("resteasy-", "jackson-jakarta-rs-");

    /** The libraries of the licence knowledge base ({@code outputs}' LicenceCatalogue): the SPDX licence list. */
    static final String[] LICENCE_LIBRARIES = {"org.spdx:java-spdx-library"};

    /**
     * Dependencies of the SPDX library that the pom excludes (licence texts as HTML, compile-time annotations): left
     * out of the WAR whether or not the resolver applies the pom's exclusions.
     */
    static final List<String> NOT_NEEDED_AT_RUN_TIME = List.of("jsoup-", "jsr305-");

    /** The checkpoint directory that {@code arquillian.xml} gives the server, relative to the project. */
    static final String IT_AUDIT_CHECKPOINTS = "target/it-audit-checkpoints";

    private Deployments() {
    }

    /** The project's root directory: failsafe passes it; otherwise the working directory. */
    public static Path baseDir() {
        return Path.of(System.getProperty("opendividend.basedir", System.getProperty("user.dir")));
    }

    /** Where Maven compiles the main classes and copies the main resources (migrations under {@code db/}). */
    public static Path mainOutput() {
        return baseDir().resolve("target/classes");
    }

    /** Accepts a class of a scanned package only if it is a main class, not a test class of the same package. */
    public static Filter<ArchivePath> mainClassesOnly() {
        Path classes = mainOutput();
        return path -> Files.isRegularFile(classes.resolve(path.get().substring(1)));
    }

    /** The foundation WAR: platform, people and ministries with everything needed to reach the migrated database. */
    public static WebArchive foundation(String archiveName) {
        forgetAuditCheckpoints();
        WebArchive war = ShrinkWrap.create(WebArchive.class, archiveName)
                .addPackages(true, mainClassesOnly(),
                        "org.opendividend.platform", "org.opendividend.people", "org.opendividend.ministries")
                .deleteClass(OidcLogin.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties")
                .addAsResource("META-INF/services/org.hibernate.integrator.spi.Integrator")
                .addAsWebInfResource(baseDir().resolve("webapp/WEB-INF/beans.xml").toFile(), "beans.xml")
                .addAsLibraries(persistenceLibraries());
        addResourceTree(war, "db");
        addMatching(war, "org/opendividend/platform/i18n", "messages", ".properties");
        return war;
    }

    /**
     * The foundation with the calls component and what it needs: the audit trail (which records every change of a
     * call), the outputs component (its licence knowledge base checks the licences a call allows; it reads the
     * organisations' directory for who may register an award's outputs) with the SPDX library it reads, and the
     * organisations (whose {@code OrganisationType} names the kinds of organisation a call is open to).
     */
    public static WebArchive calls(String archiveName) {
        return foundation(archiveName)
                .addPackages(true, mainClassesOnly(), "org.opendividend.audit", "org.opendividend.organisations",
                        "org.opendividend.outputs", "org.opendividend.calls")
                .addAsLibraries(licenceLibraries());
    }

    /**
     * The foundation with the organisations component and what it needs: the audit trail (which records every change
     * of an organisation).
     */
    public static WebArchive organisations(String archiveName) {
        return foundation(archiveName)
                .addPackages(true, mainClassesOnly(), "org.opendividend.audit", "org.opendividend.organisations");
    }

    /**
     * Everything an application touches: calls (with audit and licences), organisations, the applications component
     * and the notifications that mail receipts.
     */
    public static WebArchive applications(String archiveName) {
        return calls(archiveName)
                .addPackages(true, mainClassesOnly(), "org.opendividend.organisations", "org.opendividend.applications",
                        "org.opendividend.notifications");
    }

    /** The libraries of awards' grant agreement (AgreementPdf): OpenPDF. */
    static final String[] AGREEMENT_LIBRARIES = {"com.github.librepdf:openpdf"};

    /** The awards component (offers, agreements) on top of review, whose taken decisions it offers. */
    public static WebArchive awards(String archiveName) {
        File[] openPdf = Maven.configureResolver().workOffline()
                .loadPomFromFile(baseDir().resolve("pom.xml").toFile())
                .resolve(AGREEMENT_LIBRARIES)
                .withTransitivity()
                .asFile();
        return review(archiveName).addPackages(true, mainClassesOnly(), "org.opendividend.awards")
                .addAsLibraries(openPdf);
    }

    /** The review component (screening) on top of everything an application touches. */
    public static WebArchive review(String archiveName) {
        return applications(archiveName).addPackages(true, mainClassesOnly(), "org.opendividend.review")
                .addAsLibraries(reviewerAccountLibraries());
    }

    /**
     * Deletes the audit checkpoints (and their demo key) of {@code arquillian.xml}'s directory: they name entries of
     * the in-memory database, which every start of the server begins afresh, so that a file left by an earlier run
     * would read as a rewritten chain. Done before each deployment, when no test runs.
     */
    private static void forgetAuditCheckpoints() {
        try {
            DevStack.deleteRecursively(baseDir().resolve(IT_AUDIT_CHECKPOINTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SPDX library with its run-time dependencies, as resolved from the project's pom. */
    static File[] licenceLibraries() {
        File[] resolved = Maven.configureResolver().workOffline()
                .loadPomFromFile(baseDir().resolve("pom.xml").toFile())
                .resolve(LICENCE_LIBRARIES)
                .withTransitivity()
                .asFile();
        return Arrays.stream(resolved)
                .filter(jar -> NOT_NEEDED_AT_RUN_TIME.stream().noneMatch(jar.getName()::startsWith))
                .filter(jar -> !jar.getName().startsWith("jakarta."))
                .toArray(File[]::new);
    }

    /** The Keycloak admin client's interfaces and representations, as resolved from the project's pom. */
    static File[] reviewerAccountLibraries() {
        File[] resolved = Maven.configureResolver().workOffline()
                .loadPomFromFile(baseDir().resolve("pom.xml").toFile())
                .resolve(REVIEWER_ACCOUNT_LIBRARIES)
                .withTransitivity()
                .asFile();
        return Arrays.stream(resolved)
                .filter(jar -> NOT_WITH_THE_SERVERS_JERSEY.stream().noneMatch(jar.getName()::startsWith))
                .filter(jar -> !jar.getName().startsWith("jakarta."))
                .toArray(File[]::new);
    }

    /** Hibernate, Flyway and H2 with their dependencies, as resolved from the project's pom. */
    static File[] persistenceLibraries() {
        File[] resolved = Maven.configureResolver().workOffline()
                .loadPomFromFile(baseDir().resolve("pom.xml").toFile())
                .resolve(PERSISTENCE_LIBRARIES)
                .withTransitivity()
                .asFile();
        return Arrays.stream(resolved).filter(jar -> !jar.getName().startsWith("jakarta.")).toArray(File[]::new);
    }

    /** Adds every file under {@code target/classes/<directory>} at the same path on the WAR's class path. */
    private static void addResourceTree(WebArchive war, String directory) {
        Path root = mainOutput();
        try (Stream<Path> files = Files.walk(root.resolve(directory))) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            if (regular.isEmpty()) {
                throw new IllegalStateException("nothing under " + root.resolve(directory) + ": build the project first");
            }
            regular.forEach(file -> war.addAsResource(file.toFile(), root.relativize(file).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addMatching(WebArchive war, String directory, String prefix, String suffix) {
        Path root = mainOutput();
        try (Stream<Path> files = Files.list(root.resolve(directory))) {
            files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(suffix))
                    .forEach(file -> war.addAsResource(file.toFile(), root.relativize(file).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
