package vn.canhbao.core.cap;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A CAP {@code alert}: one message from one sender, with zero or more {@code info} blocks. A message from
 * {@link CapReader} has passed {@link CapValidator}; one built in code is checked when {@link CapWriter} writes it.
 *
 * @param sent when the message was sent, with the sender's UTC offset
 * @param addresses the recipients of a {@code Private} message (entries with spaces were double-quoted in CAP)
 * @param codes the {@code code} elements, e.g. profile names
 * @param references the earlier messages an {@code Update} or {@code Cancel} supersedes
 * @param incidents identifiers of the incidents the message belongs to
 * @param version the CAP version the message was read as; messages are always written as CAP 1.2
 * @param signed whether the message carried an XML digital signature ({@code ds:Signature}); it is not verified, and
 *     the writer does not copy it
 */
public record CapMessage(
        String identifier,
        String sender,
        OffsetDateTime sent,
        CapStatus status,
        CapMessageType msgType,
        String source,
        CapScope scope,
        String restriction,
        List<String> addresses,
        List<String> codes,
        String note,
        List<CapReference> references,
        List<String> incidents,
        List<CapInfo> infos,
        CapVersion version,
        boolean signed) {

    public CapMessage {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        codes = codes == null ? List.of() : List.copyOf(codes);
        references = references == null ? List.of() : List.copyOf(references);
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
        infos = infos == null ? List.of() : List.copyOf(infos);
        version = version == null ? CapVersion.CAP_1_2 : version;
    }
}
