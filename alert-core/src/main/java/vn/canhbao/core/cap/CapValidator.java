package vn.canhbao.core.cap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Element;
import vn.canhbao.core.alert.CapEnumeration;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.alert.Severity;
import vn.canhbao.core.alert.Urgency;

/**
 * Checks a CAP message against CAP 1.2 and the Vietnamese profile and reports every problem found, each with its
 * location and a sentence saying how to fix it. {@link CapReader} runs it on every message it reads; code that builds
 * a {@link CapMessage} can run it before showing or sending the message ({@link CapWriter} does).
 */
public final class CapValidator {

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");
    private static final String TIME_EXAMPLE = "2025-09-28T07:30:00+07:00";

    /** Every problem in {@code message}, in document order as far as possible; empty when it is valid. */
    public List<CapProblem> validate(CapMessage message) {
        return validate(CapWriter.toDocument(message).getDocumentElement());
    }

    /** Every problem in a parsed {@code <alert>} element of a CAP namespace. */
    List<CapProblem> validate(Element alertElement) {
        List<CapProblem> out = new ArrayList<>();
        CapElement alert = CapElement.root(alertElement);
        CapStructure.check(alert, out);
        alert(alert, out);
        return out;
    }

    private static void alert(CapElement alert, List<CapProblem> out) {
        String identifier = required(
                alert,
                "alert",
                "identifier",
                "add a string that identifies this message uniquely for its sender, e.g. KTTV-2025-LQ-0042.",
                out);
        noSeparators(alert.childPath("identifier"), "identifier", identifier, out);
        String sender = required(alert, "alert", "sender", "add the sender's address, e.g. kttv@nchmf.gov.vn.", out);
        noSeparators(alert.childPath("sender"), "sender", sender, out);
        dateTime(alert, "alert", "sent", true, out);
        enumeration(alert, "alert", "status", CapStatus.class, true, out);
        Optional<CapMessageType> msgType = enumeration(alert, "alert", "msgType", CapMessageType.class, true, out);
        Optional<CapScope> scope = enumeration(alert, "alert", "scope", CapScope.class, true, out);
        if (scope.orElse(null) == CapScope.RESTRICTED && alert.text("restriction") == null) {
            out.add(new CapProblem(
                    alert.childPath("restriction"),
                    "The scope is Restricted but the alert has no <restriction>: say who may receive it, or use"
                            + " scope Public."));
        }
        if (scope.orElse(null) == CapScope.PRIVATE && alert.text("addresses") == null) {
            out.add(new CapProblem(
                    alert.childPath("addresses"),
                    "The scope is Private but the alert has no <addresses>: list the recipients separated by"
                            + " spaces, or use scope Public."));
        }
        references(alert, msgType.orElse(null), out);
        for (CapElement info : alert.children("info")) {
            info(info, out);
        }
    }

    private static void references(CapElement alert, CapMessageType msgType, List<CapProblem> out) {
        String path = alert.childPath("references");
        Optional<CapElement> element = alert.child("references");
        if (element.isPresent() && element.get().text().isEmpty()) {
            out.add(new CapProblem(
                    path,
                    "The <references> is empty: list the messages this one acts on as sender,identifier,sent"
                            + " entries separated by spaces, or remove the element."));
            return;
        }
        if (element.isEmpty()) {
            if (msgType == CapMessageType.UPDATE || msgType == CapMessageType.CANCEL) {
                out.add(new CapProblem(
                        path,
                        "The alert is an " + msgType.capValue() + " but has no <references>: name the message it "
                                + (msgType == CapMessageType.UPDATE ? "updates" : "cancels")
                                + " as sender,identifier,sent, e.g. kttv@nchmf.gov.vn,KTTV-2025-LQ-0042,"
                                + TIME_EXAMPLE + "."));
            }
            return;
        }
        List<String> entries = CapSyntax.words(element.get().text());
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            Optional<CapReference> reference = CapReference.parse(entry);
            if (reference.isEmpty()) {
                out.add(new CapProblem(
                        path,
                        "Entry " + (i + 1) + " of <references>, \"" + entry + "\", is not of the form"
                                + " sender,identifier,sent: write e.g. kttv@nchmf.gov.vn,KTTV-2025-LQ-0042,"
                                + TIME_EXAMPLE + ", and separate entries with spaces."));
            } else if (reference.get().sentTime().isEmpty()) {
                out.add(new CapProblem(
                        path,
                        "Entry " + (i + 1) + " of <references> has the sent time \""
                                + reference.get().sent()
                                + "\", which is not a CAP date and time: copy the <sent> of the referenced message"
                                + " exactly, e.g. " + TIME_EXAMPLE + "."));
            }
        }
    }

    private static void info(CapElement info, List<CapProblem> out) {
        String language = info.text("language");
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            out.add(new CapProblem(
                    info.childPath("language"),
                    "The <language> \"" + language + "\" is not a language tag: write e.g. vi-VN or en-US."));
        }
        List<CapElement> categories = info.children("category");
        if (categories.isEmpty()) {
            out.add(new CapProblem(
                    info.childPath("category"),
                    "The info has no <category>: add at least one of " + values(CapCategory.class)
                            + ", e.g. Met for storms and floods."));
        }
        categories.forEach(c -> value(c, "category", CapCategory.class, out));
        required(info, "info", "event", "name the event in the info's language, e.g. Lũ quét.", out);
        info.children("responseType").forEach(r -> value(r, "responseType", CapResponseType.class, out));
        enumeration(info, "info", "urgency", Urgency.class, true, out);
        enumeration(info, "info", "severity", Severity.class, true, out);
        enumeration(info, "info", "certainty", Certainty.class, true, out);
        for (String name : List.of("effective", "onset", "expires")) {
            dateTime(info, "info", name, false, out);
        }
        namedValues(info.children("eventCode"), Hazard.EVENT_CODE_NAME, VietnameseCapProfile::hazardProblem, out);
        namedValues(info.children("parameter"), RiskLevel.PARAMETER_NAME, VietnameseCapProfile::riskLevelProblem, out);
        info.children("resource").forEach(r -> resource(r, out));
        info.children("area").forEach(a -> CapAreaRules.area(a, out));
    }

    private static void resource(CapElement resource, List<CapProblem> out) {
        required(resource, "resource", "resourceDesc", "describe the file, e.g. Bản đồ vùng nguy cơ lũ quét.", out);
        required(resource, "resource", "mimeType", "give the file's MIME type, e.g. image/png or audio/mpeg.", out);
        String size = resource.text("size");
        if (size != null && !size.matches("\\d+")) {
            out.add(new CapProblem(
                    resource.childPath("size"),
                    "The <size> \"" + size + "\" is not a whole number of bytes: write e.g. 48213."));
        }
    }

    /**
     * Checks {@code eventCode}, {@code parameter} or {@code geocode} elements: each needs a value name and a value;
     * those named {@code profileName} must pass {@code profileRule} and may appear only once, except geocodes.
     */
    static void namedValues(
            List<CapElement> elements,
            String profileName,
            Function<String, Optional<String>> profileRule,
            List<CapProblem> out) {
        int profileCount = 0;
        for (CapElement e : elements) {
            String valueName = e.text("valueName");
            if (valueName == null) {
                out.add(new CapProblem(
                        e.path(),
                        "The <" + e.name() + "> has no <valueName>: name the code system the value belongs to, e.g. "
                                + profileName + "."));
            }
            if (e.child("value").isEmpty()) {
                out.add(new CapProblem(e.path(), "The <" + e.name() + "> has no <value>: add the value."));
            }
            if (profileName.equals(valueName)) {
                profileCount++;
                String value = e.child("value").map(CapElement::text).orElse("");
                profileRule.apply(value).ifPresent(message -> out.add(new CapProblem(e.path(), message)));
                if (profileCount == 2 && !e.name().equals("geocode")) {
                    out.add(new CapProblem(
                            e.path(),
                            "The info has more than one <" + e.name() + "> named " + profileName + ": give it once"
                                    + " per info, and put a second hazard in its own <info>."));
                }
            }
        }
    }

    static String required(CapElement parent, String noun, String name, String advice, List<CapProblem> out) {
        Optional<CapElement> child = parent.child(name);
        if (child.isEmpty()) {
            out.add(new CapProblem(parent.childPath(name), "The " + noun + " has no <" + name + ">: " + advice));
            return null;
        }
        String text = child.get().text();
        if (text.isEmpty()) {
            out.add(new CapProblem(parent.childPath(name), "The <" + name + "> is empty: " + advice));
            return null;
        }
        return text;
    }

    private static void noSeparators(String path, String name, String value, List<CapProblem> out) {
        if (value == null) {
            return;
        }
        String what = value.chars().anyMatch(Character::isWhitespace)
                ? "a space"
                : value.contains(",") ? "a comma" : value.contains("<") ? "'<'" : value.contains("&") ? "'&'" : null;
        if (what != null) {
            out.add(new CapProblem(
                    path,
                    "The <" + name + "> \"" + value + "\" contains " + what + ", which CAP forbids there because"
                            + " references separate senders and identifiers with commas and spaces: remove it or"
                            + " replace it, e.g. with '-'."));
        }
    }

    private static void dateTime(CapElement parent, String noun, String name, boolean required, List<CapProblem> out) {
        String advice = "write the date and time with its UTC offset, e.g. " + TIME_EXAMPLE + ".";
        String text = required ? required(parent, noun, name, advice, out) : parent.text(name);
        if (text == null && !required && parent.child(name).isPresent()) {
            out.add(new CapProblem(parent.childPath(name), "The <" + name + "> is empty: " + advice));
        }
        if (text != null && CapSyntax.dateTime(text).isEmpty()) {
            String hint = text.endsWith("Z") || text.endsWith("z")
                    ? " CAP forbids the letter Z: write UTC as -00:00."
                    : text.matches(".*:\\d\\d\\.\\d+.*") ? " CAP allows no fractions of a second." : "";
            out.add(new CapProblem(
                    parent.childPath(name),
                    "The <" + name + "> \"" + text + "\" is not a CAP date and time: write YYYY-MM-DDThh:mm:ss"
                            + " with a numeric UTC offset, e.g. " + TIME_EXAMPLE + "." + hint));
        }
    }

    private static <E extends Enum<E> & CapEnumeration> Optional<E> enumeration(
            CapElement parent, String noun, String name, Class<E> type, boolean required, List<CapProblem> out) {
        Optional<CapElement> child = parent.child(name);
        if (child.isEmpty()) {
            if (required) {
                out.add(new CapProblem(
                        parent.childPath(name),
                        "The " + noun + " has no <" + name + ">: add one of " + values(type) + "."));
            }
            return Optional.empty();
        }
        return value(child.get(), name, type, out);
    }

    private static <E extends Enum<E> & CapEnumeration> Optional<E> value(
            CapElement element, String name, Class<E> type, List<CapProblem> out) {
        String text = element.text();
        if (text.isEmpty()) {
            out.add(new CapProblem(element.path(), "The <" + name + "> is empty: write one of " + values(type) + "."));
            return Optional.empty();
        }
        Optional<E> value = CapEnumeration.fromCap(type, text);
        if (value.isEmpty()) {
            out.add(new CapProblem(
                    element.path(),
                    "The <" + name + "> \"" + text + "\" is not a CAP " + name + ": write one of " + values(type)
                            + ", spelled exactly so."));
        }
        return value;
    }

    private static <E extends Enum<E> & CapEnumeration> String values(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(CapEnumeration::capValue)
                .collect(Collectors.joining(", "));
    }
}
