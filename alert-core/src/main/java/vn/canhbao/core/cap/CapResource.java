package vn.canhbao.core.cap;

/**
 * A CAP {@code resource}: a file that goes with an {@code info}, such as a map image or the loudspeaker recording.
 *
 * @param size the size in bytes, or null when not given
 * @param derefUri the file itself, base64-encoded, or null
 * @param digest the SHA-1 hash of the file, or null
 */
public record CapResource(
        String resourceDesc, String mimeType, Long size, String uri, String derefUri, String digest) {}
