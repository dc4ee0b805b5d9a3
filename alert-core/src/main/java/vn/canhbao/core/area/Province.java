package vn.canhbao.core.area;

import java.util.Objects;

/**
 * A provincial-level unit (tỉnh or thành phố trực thuộc trung ương) after the 2025 reform, of which there are 34.
 *
 * @param code the official two-digit code (mã ĐVHC), e.g. {@code 31}
 * @param name the name as published, e.g. "Thành phố Hải Phòng"
 * @param shortName the name without "Thành phố" or "Tỉnh", e.g. "Hải Phòng", for messages where space is short
 */
public record Province(String code, String name, String shortName) {

    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
    }
}
