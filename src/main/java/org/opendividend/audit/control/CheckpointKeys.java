package org.opendividend.audit.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key pair that signs the audit checkpoints, read from two PEM files (the formats OpenSSL writes, so
 * that production can generate them with {@code openssl genpkey -algorithm ed25519}). The files live in the
 * checkpoint directory, outside the database: a database administrator who rewrites the chain cannot sign.
 */
public final class CheckpointKeys {

    static final String ALGORITHM = "Ed25519";
    private static final String PRIVATE_PEM = "PRIVATE KEY";
    private static final String PUBLIC_PEM = "PUBLIC KEY";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private CheckpointKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Reads the key pair; fails if a file is missing or holds no Ed25519 key. */
    public static CheckpointKeys read(Path privateFile, Path publicFile) {
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            return new CheckpointKeys(
                    keys.generatePrivate(new PKCS8EncodedKeySpec(pem(privateFile, PRIVATE_PEM))),
                    keys.generatePublic(new X509EncodedKeySpec(pem(publicFile, PUBLIC_PEM))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no Ed25519 key pair in " + privateFile + " and " + publicFile, e);
        }
    }

    /**
     * Generates a key pair and writes it, the private key readable by its owner only; fails rather than overwrite a
     * key pair that is there (the checkpoints it signed would no longer verify).
     */
    public static CheckpointKeys generate(Path privateFile, Path publicFile) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(privateFile.toAbsolutePath().getParent());
            writeNew(privateFile, toPem(PRIVATE_PEM, pair.getPrivate().getEncoded()), true);
            writeNew(publicFile, toPem(PUBLIC_PEM, pair.getPublic().getEncoded()), false);
            return new CheckpointKeys(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no " + ALGORITHM, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint key pair to " + privateFile.getParent(), e);
        }
    }

    /** Base64 of the signature of {@code text}. */
    public String sign(String text) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    /** Whether {@code signature} (Base64) is this key pair's signature of {@code text}; false for anything malformed. */
    public boolean verifies(String text, String signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] pem(Path file, String type) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            int begin = text.indexOf("-----BEGIN " + type + "-----");
            int end = text.indexOf("-----END " + type + "-----");
            if (begin < 0 || end < begin) {
                throw new IllegalStateException(file + " holds no PEM " + type);
            }
            return Base64.getMimeDecoder().decode(text.substring(begin + type.length() + 16, end));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String toPem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void writeNew(Path file, String text, boolean ownerOnly) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "a checkpoint key is there already");
        }
        Files.createFile(file);
        if (ownerOnly && Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
