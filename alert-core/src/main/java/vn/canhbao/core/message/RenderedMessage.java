package vn.canhbao.core.message;

import java.util.Objects;

/** The text of one alert for one channel: a title where the channel shows one, and the body. */
public record RenderedMessage(String title, String body) {

    public RenderedMessage {
        Objects.requireNonNull(body, "body");
        title = title == null ? "" : title;
    }
}
