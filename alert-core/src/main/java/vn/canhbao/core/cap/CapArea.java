package vn.canhbao.core.cap;

import java.util.List;

/**
 * A CAP {@code area}: the place an {@code info} is about, as a description and any of polygons, circles and geocodes.
 * In the Vietnamese profile, a {@code geocode} named {@code DVHC} carries a province or ward code (see
 * {@link VietnameseCapProfile}).
 *
 * @param polygons closed rings of at least four points, first point equal to the last
 * @param altitude the lower bound in feet above mean sea level, or null
 * @param ceiling the upper bound in feet above mean sea level, or null; only with {@code altitude}
 */
public record CapArea(
        String areaDesc,
        List<List<LatLon>> polygons,
        List<CapCircle> circles,
        List<NamedValue> geocodes,
        Double altitude,
        Double ceiling) {

    public CapArea {
        polygons = polygons == null
                ? List.of()
                : polygons.stream().map(List::copyOf).toList();
        circles = circles == null ? List.of() : List.copyOf(circles);
        geocodes = geocodes == null ? List.of() : List.copyOf(geocodes);
    }
}
