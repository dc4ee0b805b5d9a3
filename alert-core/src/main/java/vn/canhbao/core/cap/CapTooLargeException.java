package vn.canhbao.core.cap;

import java.util.List;

/** A CAP message larger than {@link CapReader#MAX_BYTES}, refused before it is parsed; the API answers 413. */
public final class CapTooLargeException extends CapRejectedException {

    public CapTooLargeException(long limitBytes) {
        super(List.of(new CapProblem(
                "/",
                "The message is larger than " + limitBytes + " bytes (1 MiB), which canhbao does not accept: "
                        + "send large maps or audio as <resource> links instead of embedding them.")));
    }
}
