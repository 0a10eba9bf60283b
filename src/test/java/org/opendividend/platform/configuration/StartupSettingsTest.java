package org.opendividend.platform.configuration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Production unless demo is asked for; production needs its secrets and never seeds demo data. */
class StartupSettingsTest {

    @TempDir
    Path checkpointDir;

    private static StartupSettings settings(Map<String, String> values) {
        return new StartupSettings(key -> Optional.ofNullable(values.get(key)));
    }

    /** A checkpoint directory holding (placeholders of) the key pair, as production brings it. */
    private Path keyDir() throws java.io.IOException {
        Files.writeString(checkpointDir.resolve("audit-checkpoint.key"), "-----BEGIN PRIVATE KEY-----");
        Files.writeString(checkpointDir.resolve("audit-checkpoint.pub"), "-----BEGIN PUBLIC KEY-----");
        return checkpointDir;
    }

    @Test
    void nothingSetIsProductionAndNamesEveryMissingSecret() {
        StartupSettings nothing = settings(Map.of());
        assertEquals(Mode.PRODUCTION, nothing.mode());
        assertFalse(nothing.seedsDemoData(), "production never seeds demo data");
        List<String> problems = nothing.problems();
        assertEquals(4, problems.size(), "problems: " + problems);
        assertTrue(problems.get(0).contains("opendividend.oidc.client-secret")
                && problems.get(0).contains("OPENDIVIDEND_OIDC_CLIENT_SECRET"), problems.get(0));
        assertTrue(problems.get(1).contains("opendividend.db.password")
                && problems.get(1).contains("OPENDIVIDEND_DB_PASSWORD"), problems.get(1));
        assertTrue(problems.get(2).contains("OPENDIVIDEND_PUBLIC_URL"), problems.get(2));
        assertTrue(problems.get(3).contains("opendividend.audit.checkpoint-dir")
                && problems.get(3).contains("OPENDIVIDEND_AUDIT_CHECKPOINT_DIR"), problems.get(3));
    }

    /** The checkpoints are signed by a key pair production brings: it never generates one itself. */
    @Test
    void productionNeedsTheCheckpointKeyPairInItsDirectory(@TempDir Path dir) throws Exception {
        StartupSettings noKeys = settings(Map.of("opendividend.oidc.client-secret", "x", "opendividend.db.password", "y",
                "opendividend.public-url", "https://grants.example.gov.tw", "opendividend.audit.checkpoint-dir", dir.toString()));
        assertEquals(2, noKeys.problems().size(), "problems: " + noKeys.problems());
        assertTrue(noKeys.problems().get(0).contains("audit-checkpoint.key"), noKeys.problems().get(0));
        assertTrue(noKeys.problems().get(1).contains("audit-checkpoint.pub"), noKeys.problems().get(1));
        assertEquals(Optional.of(dir), noKeys.auditCheckpointDir());

        Files.writeString(dir.resolve("audit-checkpoint.key"), "-----BEGIN PRIVATE KEY-----");
        Files.writeString(dir.resolve("audit-checkpoint.pub"), "-----BEGIN PUBLIC KEY-----");

        assertEquals(List.of(), noKeys.problems());
    }

    @Test
    void demoKeepsItsCheckpointsInTheDemoDirectoryUnlessToldOtherwise() {
        assertEquals(Optional.of(Path.of("./data/audit-checkpoints")),
                settings(Map.of("opendividend.mode", "demo")).auditCheckpointDir());
        assertEquals(Optional.of(Path.of("/srv/checkpoints")), settings(Map.of("opendividend.mode", "demo",
                "opendividend.audit.checkpoint-dir", "/srv/checkpoints")).auditCheckpointDir());
        assertEquals(Optional.empty(), settings(Map.of()).auditCheckpointDir());
    }

    /** Behind the TLS proxy only the public address names the https origin: production without it cannot work safely. */
    @Test
    void productionNeedsItsPublicHttpsAddress() throws Exception {
        StartupSettings plainHttp = settings(Map.of("opendividend.oidc.client-secret", "x", "opendividend.db.password", "y",
                "opendividend.public-url", "http://localhost:8080", "opendividend.audit.checkpoint-dir", keyDir().toString()));
        assertEquals(1, plainHttp.problems().size(), "problems: " + plainHttp.problems());
        assertTrue(plainHttp.problems().get(0).contains("'http://localhost:8080'"), plainHttp.problems().get(0));
    }

    @Test
    void productionRefusesToStartWithAMessageNamingTheMissingSetting() {
        StartupSettings noSecret = settings(Map.of("opendividend.db.password", "s3cret", "opendividend.oidc.client-secret", " ",
                "opendividend.public-url", "https://grants.example.gov.tw"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, noSecret::requireComplete);
        assertTrue(refused.getMessage().contains(
                "opendividend.oidc.client-secret (environment variable OPENDIVIDEND_OIDC_CLIENT_SECRET) is not set"),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("opendividend.db.password"), "only what is missing: " + refused.getMessage());
    }

    @Test
    void productionWithItsSecretsStartsWithoutDemoData() throws Exception {
        StartupSettings production = settings(Map.of("opendividend.oidc.client-secret", "from-keycloak",
                "opendividend.db.password", "s3cret", "opendividend.demo.seed", "true",
                "opendividend.public-url", "https://grants.example.gov.tw",
                "opendividend.audit.checkpoint-dir", keyDir().toString()));
        assertEquals(List.of(), production.problems());
        assertFalse(production.seedsDemoData(), "a demo seed setting alone does not bring demo data into production");
        production.requireComplete();
    }

    @Test
    void demoNeedsNoSecretAndSeedsTheDemoData() {
        StartupSettings demo = settings(Map.of("opendividend.mode", "Demo"));
        assertEquals(Mode.DEMO, demo.mode());
        assertEquals(List.of(), demo.problems());
        assertTrue(demo.seedsDemoData());
        assertFalse(settings(Map.of("opendividend.mode", "demo", "opendividend.demo.seed", "false")).seedsDemoData(),
                "the demo can start empty");
    }

    /** The demo's Keycloak cannot send verification mails, so the demo trusts addresses; production never does. */
    @Test
    void onlyTheDemoTakesEveryAddressAsVerified() throws Exception {
        assertTrue(settings(Map.of("opendividend.mode", "demo")).trustsUnverifiedAddresses());
        assertFalse(settings(Map.of("opendividend.mode", "demo", "opendividend.demo.trust-addresses", "false"))
                .trustsUnverifiedAddresses(), "the demo can require verified addresses too");
        StartupSettings production = settings(Map.of("opendividend.oidc.client-secret", "from-keycloak",
                "opendividend.db.password", "s3cret", "opendividend.public-url", "https://grants.example.gov.tw",
                "opendividend.audit.checkpoint-dir", keyDir().toString(),
                "opendividend.demo.trust-addresses", "true"));
        assertFalse(production.trustsUnverifiedAddresses());
        assertEquals(1, production.problems().size(), "problems: " + production.problems());
        assertTrue(production.problems().get(0).contains("OPENDIVIDEND_DEMO_TRUST_ADDRESSES"), production.problems().get(0));
    }

    @Test
    void anUnknownModeIsRefusedAndTreatedAsProduction() throws Exception {
        StartupSettings typo = settings(Map.of("opendividend.mode", "demonstration",
                "opendividend.oidc.client-secret", "x", "opendividend.db.password", "y",
                "opendividend.public-url", "https://grants.example.gov.tw",
                "opendividend.audit.checkpoint-dir", keyDir().toString()));
        assertEquals(Mode.PRODUCTION, typo.mode());
        assertFalse(typo.seedsDemoData());
        assertEquals(1, typo.problems().size());
        assertTrue(typo.problems().get(0).contains("OPENDIVIDEND_MODE") && typo.problems().get(0).contains("demonstration"),
                typo.problems().get(0));
    }

    @Test
    void environmentVariablesFollowMicroProfileConfig() {
        assertEquals("OPENDIVIDEND_OIDC_CLIENT_SECRET", StartupSettings.environmentVariable("opendividend.oidc.client-secret"));
    }
}
