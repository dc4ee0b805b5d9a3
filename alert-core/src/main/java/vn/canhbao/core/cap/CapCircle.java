package vn.canhbao.core.cap;

/** A CAP {@code circle}: a centre point and a radius in kilometres ({@code "lat,lon radius"}). */
public record CapCircle(LatLon centre, double radiusKm) {}
