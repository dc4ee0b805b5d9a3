package vn.canhbao.channels.zalo;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link ZaloTokenStore} in memory, for tests and local mode; a restart loses the tokens. */
public final class InMemoryZaloTokenStore implements ZaloTokenStore {

    private final AtomicReference<ZaloTokens> tokens = new AtomicReference<>();

    public InMemoryZaloTokenStore() {}

    public InMemoryZaloTokenStore(ZaloTokens initial) {
        tokens.set(Objects.requireNonNull(initial, "initial"));
    }

    @Override
    public Optional<ZaloTokens> load() {
        return Optional.ofNullable(tokens.get());
    }

    @Override
    public void save(ZaloTokens tokens) {
        this.tokens.set(Objects.requireNonNull(tokens, "tokens"));
    }
}
