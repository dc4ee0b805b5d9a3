package vn.canhbao.core.area;

import java.util.Objects;

/**
 * A commune-level unit (xã, phường or đặc khu) after the 2025 reform: the unit a duty officer warns, and the key
 * that alerts, recipients and loudspeaker clusters are filed under.
 *
 * @param code the official five-digit code (mã ĐVHC), e.g. {@code 11473}
 * @param name the full name with its type, e.g. "Phường Bạch Đằng"
 * @param provinceCode the two-digit code of the province the ward belongs to
 */
public record Ward(String code, String name, String provinceCode, WardType type) {

    public Ward {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(type, "type");
    }
}
