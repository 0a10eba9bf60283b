package org.opendividend.audit.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.opendividend.platform.Jsons;

import java.io.StringReader;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed statement, kept outside the database, that the audit chain had entry {@code seq} with hash {@code hash}
 * at {@code at}. Whoever rewrites the chain in the database afterwards (and recomputes every hash so that the chain
 * verifies again) cannot change the hash of that entry without the checkpoint showing it, unless they also hold
 * the signing key. Checkpoints are numbered from 1 in the order they are written, and the number is signed too, so
 * that a checkpoint removed from the middle of the file shows as well.
 *
 * @param signature Base64 of the signature over {@link #signedText()}
 */
public record Checkpoint(int number, long seq, String hash, Instant at, String signature) {

    public Checkpoint {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(signature, "signature");
    }

    /** What is signed: every field but the signature, in a fixed order, named so that it means nothing else. */
    public static String signedText(int number, long seq, String hash, Instant at) {
        return "opendividend-audit-checkpoint;" + number + ";" + seq + ";" + hash + ";" + at;
    }

    public String signedText() {
        return signedText(number, seq, hash, at);
    }

    /** One line of the checkpoint file: a JSON object, no line break inside. */
    public String toJsonLine() {
        return Jsons.createObjectBuilder()
                .add("number", number)
                .add("seq", seq)
                .add("hash", hash)
                .add("at", at.toString())
                .add("signature", signature)
                .build()
                .toString();
    }

    /** Reads a line of the checkpoint file; {@link IllegalArgumentException} if it is no checkpoint. */
    public static Checkpoint fromJsonLine(String line) {
        try (JsonReader reader = Jsons.createReader(new StringReader(line))) {
            JsonObject json = reader.readObject();
            return new Checkpoint(json.getInt("number"), json.getJsonNumber("seq").longValueExact(),
                    json.getString("hash"), Instant.parse(json.getString("at")), json.getString("signature"));
        } catch (RuntimeException notACheckpoint) {
            throw new IllegalArgumentException("not a checkpoint: " + notACheckpoint.getMessage(), notACheckpoint);
        }
    }
}
