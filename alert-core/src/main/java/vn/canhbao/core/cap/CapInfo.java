package vn.canhbao.core.cap;

import java.time.OffsetDateTime;
import java.util.List;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.Severity;
import vn.canhbao.core.alert.Urgency;

/**
 * A CAP {@code info} block: one event described in one language, with its urgency, severity and certainty, the text
 * people read, and the areas it applies to. Optional values are null (dates, texts) or empty (lists).
 *
 * @param language an RFC 3066 language tag; {@code en-US} when the message gives none, as CAP specifies
 * @param eventCodes system-specific event codes; the Vietnamese profile's hazard is {@code LOAI_THIEN_TAI}
 * @param parameters system-specific parameters; the Vietnamese profile's risk level is {@code CAP_DO_RUI_RO}
 */
public record CapInfo(
        String language,
        List<CapCategory> categories,
        String event,
        List<CapResponseType> responseTypes,
        Urgency urgency,
        Severity severity,
        Certainty certainty,
        String audience,
        List<NamedValue> eventCodes,
        OffsetDateTime effective,
        OffsetDateTime onset,
        OffsetDateTime expires,
        String senderName,
        String headline,
        String description,
        String instruction,
        String web,
        String contact,
        List<NamedValue> parameters,
        List<CapResource> resources,
        List<CapArea> areas) {

    /** The language CAP assumes when {@code <language>} is absent. */
    public static final String DEFAULT_LANGUAGE = "en-US";

    public CapInfo {
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
        categories = categories == null ? List.of() : List.copyOf(categories);
        responseTypes = responseTypes == null ? List.of() : List.copyOf(responseTypes);
        eventCodes = eventCodes == null ? List.of() : List.copyOf(eventCodes);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        resources = resources == null ? List.of() : List.copyOf(resources);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }
}
