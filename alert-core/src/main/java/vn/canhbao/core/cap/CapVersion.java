package vn.canhbao.core.cap;

import java.util.Arrays;
import java.util.Optional;

/** The CAP versions canhbao reads, told apart by the namespace of {@code <alert>}. canhbao always writes CAP 1.2. */
public enum CapVersion {
    CAP_1_1("urn:oasis:names:tc:emergency:cap:1.1"),
    CAP_1_2("urn:oasis:names:tc:emergency:cap:1.2");

    private final String namespace;

    CapVersion(String namespace) {
        this.namespace = namespace;
    }

    public String namespace() {
        return namespace;
    }

    public static Optional<CapVersion> fromNamespace(String namespace) {
        return Arrays.stream(values())
                .filter(v -> v.namespace.equals(namespace))
                .findFirst();
    }
}
