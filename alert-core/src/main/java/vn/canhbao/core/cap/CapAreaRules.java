package vn.canhbao.core.cap;

import java.util.List;
import java.util.Optional;

/** The checks of a CAP {@code <area>}: its description, polygons, circles, geocodes and heights. */
final class CapAreaRules {

    private static final String POINT_EXAMPLE = "21.5942,105.8480";

    private CapAreaRules() {}

    static void area(CapElement area, List<CapProblem> out) {
        CapValidator.required(
                area, "area", "areaDesc", "describe the area in words, e.g. Xã Cao Minh, tỉnh Thái Nguyên.", out);
        area.children("polygon").forEach(p -> polygon(p, out));
        area.children("circle").forEach(c -> circle(c, out));
        CapValidator.namedValues(
                area.children("geocode"), VietnameseCapProfile.DVHC, VietnameseCapProfile::dvhcProblem, out);
        String altitude = decimal(area, "altitude", out);
        decimal(area, "ceiling", out);
        if (area.child("ceiling").isPresent() && altitude == null) {
            out.add(new CapProblem(
                    area.childPath("ceiling"),
                    "The area has a <ceiling> but no <altitude>: CAP uses ceiling only with altitude, so add the"
                            + " lower bound in feet above mean sea level."));
        }
    }

    private static void polygon(CapElement polygon, List<CapProblem> out) {
        List<String> tokens = CapSyntax.words(polygon.text());
        if (tokens.isEmpty()) {
            out.add(new CapProblem(
                    polygon.path(),
                    "The <polygon> is empty: give at least four lat,lon points separated by spaces, the last equal"
                            + " to the first, or remove the element."));
            return;
        }
        boolean wellFormed = true;
        for (int i = 0; i < tokens.size(); i++) {
            Optional<LatLon> point = CapSyntax.point(tokens.get(i));
            if (point.isEmpty()) {
                wellFormed = false;
                out.add(new CapProblem(
                        polygon.path(),
                        "Point " + (i + 1) + " of the <polygon>, \"" + tokens.get(i) + "\", is not a lat,lon pair:"
                                + " write decimal degrees as latitude,longitude without spaces, e.g. "
                                + POINT_EXAMPLE + "."));
            } else {
                wellFormed &= inRange(polygon, "Point " + (i + 1) + " of the <polygon>", point.get(), out);
            }
        }
        if (!wellFormed) {
            return;
        }
        List<LatLon> points = CapSyntax.polygon(polygon.text()).orElseThrow();
        if (points.size() < 4) {
            out.add(new CapProblem(
                    polygon.path(),
                    "The <polygon> has " + points.size() + " points, but CAP needs at least 4, the last equal to the"
                            + " first to close the ring: add points."));
        } else if (!points.getFirst().equals(points.getLast())) {
            out.add(new CapProblem(
                    polygon.path(),
                    "The <polygon> is not closed: its first point " + CapSyntax.format(points.getFirst())
                            + " differs from its last " + CapSyntax.format(points.getLast())
                            + "; repeat the first point at the end."));
        }
    }

    private static void circle(CapElement circle, List<CapProblem> out) {
        String text = circle.text();
        Optional<CapCircle> parsed = CapSyntax.circle(text);
        if (parsed.isEmpty()) {
            out.add(new CapProblem(
                    circle.path(),
                    "The <circle> \"" + text + "\" is not of the form \"lat,lon radius\": write the centre and the"
                            + " radius in kilometres separated by a space, e.g. " + POINT_EXAMPLE + " 5."));
            return;
        }
        inRange(circle, "The centre of the <circle>", parsed.get().centre(), out);
        if (parsed.get().radiusKm() < 0) {
            out.add(new CapProblem(
                    circle.path(),
                    "The <circle> radius " + CapSyntax.format(parsed.get().radiusKm()) + " is negative: give the"
                            + " radius in kilometres, 0 or more."));
        }
    }

    private static boolean inRange(CapElement element, String what, LatLon p, List<CapProblem> out) {
        if (p.latitude() < -90 || p.latitude() > 90) {
            out.add(new CapProblem(
                    element.path(),
                    what + " has latitude " + CapSyntax.format(p.latitude()) + ", outside -90 to 90: check that"
                            + " latitude comes before longitude."));
            return false;
        }
        if (p.longitude() < -180 || p.longitude() > 180) {
            out.add(new CapProblem(
                    element.path(),
                    what + " has longitude " + CapSyntax.format(p.longitude()) + ", outside -180 to 180: check"
                            + " the point."));
            return false;
        }
        return true;
    }

    private static String decimal(CapElement area, String name, List<CapProblem> out) {
        Optional<CapElement> element = area.child(name);
        if (element.isEmpty()) {
            return null;
        }
        String text = element.get().text();
        if (!CapSyntax.isDecimal(text)) {
            out.add(new CapProblem(
                    element.get().path(),
                    "The <" + name + "> \"" + text + "\" is not a number: give the height in feet above mean sea"
                            + " level, e.g. 1500."));
            return null;
        }
        return text;
    }
}
