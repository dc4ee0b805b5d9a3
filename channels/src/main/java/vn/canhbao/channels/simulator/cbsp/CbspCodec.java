package vn.canhbao.channels.simulator.cbsp;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The CBSP wire format (3GPP TS 48.049 §8.1 and §8.2): a message is its type (one octet), the length of what follows
 * (three octets, big-endian), then its information elements, each an identifier followed by a fixed-length value, or
 * by a two-octet length and the value (the lists). There is no other framing on the TCP stream.
 */
public final class CbspCodec {

    /** Type plus three octets of length. */
    static final int HEADER_LENGTH = 4;

    private CbspCodec() {}

    /** The octets of {@code message}, header included. */
    public static byte[] encode(CbspMessage message) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (CbspMessage.Element element : message.elements()) {
            byte[] value = element.value();
            body.write(element.element().identifier());
            if (element.element().framing() == CbspElement.Framing.LENGTH_16) {
                body.write(value.length >> 8);
                body.write(value.length);
            }
            body.writeBytes(value);
        }
        int length = body.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_LENGTH + length);
        out.write(message.type().code());
        out.write(length >> 16);
        out.write(length >> 8);
        out.write(length);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** The message in {@code octets}, which hold exactly one message, header included. */
    public static CbspMessage decode(byte[] octets) {
        if (octets.length < HEADER_LENGTH) {
            throw new IllegalArgumentException("a CBSP message has at least " + HEADER_LENGTH + " octets");
        }
        int length = ((octets[1] & 0xff) << 16) | ((octets[2] & 0xff) << 8) | (octets[3] & 0xff);
        if (length != octets.length - HEADER_LENGTH) {
            throw new IllegalArgumentException(
                    "CBSP header announces " + length + " octets, " + (octets.length - HEADER_LENGTH) + " follow");
        }
        CbspMessageType type = CbspMessageType.of(octets[0] & 0xff);
        List<CbspMessage.Element> elements = new ArrayList<>();
        int at = HEADER_LENGTH;
        while (at < octets.length) {
            CbspElement element = CbspElement.of(octets[at++] & 0xff);
            int valueLength;
            if (element.framing() == CbspElement.Framing.LENGTH_16) {
                requireAvailable(octets, at, 2, element);
                valueLength = ((octets[at] & 0xff) << 8) | (octets[at + 1] & 0xff);
                at += 2;
            } else {
                valueLength = element.fixedLength();
            }
            requireAvailable(octets, at, valueLength, element);
            byte[] value = new byte[valueLength];
            System.arraycopy(octets, at, value, 0, valueLength);
            at += valueLength;
            elements.add(new CbspMessage.Element(element, value));
        }
        return new CbspMessage(type, elements);
    }

    /**
     * Reads the next whole message from a CBSP stream, or returns null when the stream ends between messages; a
     * stream that ends inside a message is an {@link EOFException}.
     */
    public static byte[] readFrame(InputStream in) throws IOException {
        byte[] header = in.readNBytes(HEADER_LENGTH);
        if (header.length == 0) {
            return null;
        }
        if (header.length < HEADER_LENGTH) {
            throw new EOFException("CBSP stream ended inside a header");
        }
        int length = ((header[1] & 0xff) << 16) | ((header[2] & 0xff) << 8) | (header[3] & 0xff);
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("CBSP stream ended inside a message");
        }
        byte[] frame = new byte[HEADER_LENGTH + length];
        System.arraycopy(header, 0, frame, 0, HEADER_LENGTH);
        System.arraycopy(body, 0, frame, HEADER_LENGTH, length);
        return frame;
    }

    private static void requireAvailable(byte[] octets, int at, int needed, CbspElement element) {
        if (at + needed > octets.length) {
            throw new IllegalArgumentException(element + " runs past the end of the message");
        }
    }
}
