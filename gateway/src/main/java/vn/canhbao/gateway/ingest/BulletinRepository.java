package vn.canhbao.gateway.ingest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.canhbao.core.cap.CapMessage;
import vn.canhbao.core.cap.CapReference;
import vn.canhbao.core.cap.CapSignature;

/** Upstream bulletins, kept as received. A bulletin is known by CAP's own identity: sender, identifier, sent. */
@Repository
public class BulletinRepository {

    /** A stored bulletin. */
    public record StoredBulletin(
            UUID id,
            String identifier,
            String sender,
            String sent,
            String msgType,
            String status,
            String source,
            List<String> wards,
            String capXml,
            Instant receivedAt,
            String signedBy,
            CapSignature.Status signature,
            String signatureReason) {}

    private final JdbcTemplate jdbc;

    BulletinRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a bulletin as received, with what canhbao made of its signature. */
    public void insert(
            UUID id, CapMessage message, String xml, List<String> wards, String source, CapSignature signature) {
        jdbc.update(
                "insert into bulletin (id, cap_identifier, cap_sender, cap_sent, msg_type, status, source, ward_codes,"
                        + " cap_xml, signed_by, signature, signature_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?)",
                id,
                message.identifier(),
                message.sender(),
                sentKey(message.sent().toInstant()),
                message.msgType().capValue(),
                message.status().capValue(),
                source,
                String.join(",", wards),
                xml,
                signature.signedBy().orElse(null),
                signature.status().name(),
                signature.detail());
    }

    /** The id of the bulletin with this CAP identity, if it was received before. */
    public Optional<UUID> findId(CapMessage message) {
        return findId(message.sender(), message.identifier(), message.sent().toInstant());
    }

    /** The id of the bulletin a CAP reference names, if canhbao received it. */
    public Optional<UUID> findId(CapReference reference) {
        return reference.sentTime().flatMap(t -> findId(reference.sender(), reference.identifier(), t.toInstant()));
    }

    private Optional<UUID> findId(String sender, String identifier, Instant sent) {
        return jdbc
                .query(
                        "select id from bulletin where cap_sender = ? and cap_identifier = ? and cap_sent = ?",
                        (rs, i) -> rs.getObject(1, UUID.class),
                        sender,
                        identifier,
                        sentKey(sent))
                .stream()
                .findFirst();
    }

    public Optional<StoredBulletin> find(UUID id) {
        return jdbc
                .query(
                        "select id, cap_identifier, cap_sender, cap_sent, msg_type, status, source, ward_codes, cap_xml,"
                                + " received_at, signed_by, signature, signature_reason from bulletin where id = ?",
                        (rs, i) -> new StoredBulletin(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8).isEmpty()
                                        ? List.of()
                                        : Arrays.asList(rs.getString(8).split(",")),
                                rs.getString(9),
                                rs.getTimestamp(10).toInstant(),
                                rs.getString(11),
                                CapSignature.Status.valueOf(rs.getString(12)),
                                rs.getString(13)),
                        id)
                .stream()
                .findFirst();
    }

    /**
     * CAP writes the same instant in several ways ({@code +07:00}, {@code -00:00}); the stored key is the instant in
     * UTC, so a reference matches whatever offset it was written with.
     */
    static String sentKey(Instant sent) {
        return sent.toString();
    }
}
