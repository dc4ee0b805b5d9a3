package vn.canhbao.core.message;

import java.util.Objects;

/**
 * Both SMS variants of one alert, so that the duty officer sees before issuing what each costs: "with diacritics,
 * 3 segments; without, 2".
 */
public record SmsPreview(SmsText withDiacritics, SmsText withoutDiacritics) {

    public SmsPreview {
        Objects.requireNonNull(withDiacritics, "withDiacritics");
        Objects.requireNonNull(withoutDiacritics, "withoutDiacritics");
    }

    /** The variant a ward with this choice sends. */
    public SmsText variant(boolean withoutDiacritics) {
        return withoutDiacritics ? this.withoutDiacritics : withDiacritics;
    }
}
