package vn.canhbao.core.cap;

/**
 * A WGS 84 point as CAP writes it: latitude first, then longitude, in decimal degrees. Ranges are checked by
 * {@link CapValidator}, not here, so that a wrong point can be reported to a person rather than thrown.
 */
public record LatLon(double latitude, double longitude) {}
