package vn.canhbao.channels.simulator.cbsp;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One CBSP message: its type and its information elements in wire order. Elements may repeat (a WRITE-REPLACE carries
 * one Message Content per page). {@link CbspCodec} turns it into octets and back; the typed views ({@link
 * WriteReplace}, {@link Kill}) read it.
 */
public record CbspMessage(CbspMessageType type, List<Element> elements) {

    /** One information element and its value, without identifier or length. */
    public record Element(CbspElement element, byte[] value) {

        public Element {
            value = value.clone();
            if (element.framing() == CbspElement.Framing.FIXED && value.length != element.fixedLength()) {
                throw new IllegalArgumentException(
                        element + " takes " + element.fixedLength() + " octets, not " + value.length);
            }
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public String toString() {
            return element + "=" + HexFormat.of().formatHex(value);
        }
    }

    public CbspMessage {
        elements = List.copyOf(elements);
    }

    /** A message of this type without elements, to add them to with {@link #with}. */
    public static CbspMessage of(CbspMessageType type) {
        return new CbspMessage(type, List.of());
    }

    /** This message with one more element at the end. */
    public CbspMessage with(CbspElement element, byte[] value) {
        List<Element> more = new ArrayList<>(elements);
        more.add(new Element(element, value));
        return new CbspMessage(type, more);
    }

    /** This message with a one-octet element. */
    public CbspMessage withOctet(CbspElement element, int value) {
        return with(element, new byte[] {(byte) value});
    }

    /** This message with a two-octet (big-endian) element. */
    public CbspMessage withShort(CbspElement element, int value) {
        return with(element, new byte[] {(byte) (value >> 8), (byte) value});
    }

    /** The value of the first element of this kind, if any. */
    public Optional<byte[]> first(CbspElement element) {
        return elements.stream().filter(e -> e.element() == element).findFirst().map(Element::value);
    }

    /** The values of every element of this kind, in order. */
    public List<byte[]> all(CbspElement element) {
        return elements.stream()
                .filter(e -> e.element() == element)
                .map(Element::value)
                .toList();
    }

    /** The value of a one- or two-octet element as an unsigned number, if present. */
    public Optional<Integer> number(CbspElement element) {
        return first(element).map(value -> {
            int number = 0;
            for (byte octet : value) {
                number = (number << 8) | (octet & 0xff);
            }
            return number;
        });
    }

    /** The value of a mandatory one- or two-octet element; a message without it is refused. */
    public int required(CbspElement element) {
        return number(element).orElseThrow(() -> new IllegalArgumentException(type + " without " + element));
    }
}
