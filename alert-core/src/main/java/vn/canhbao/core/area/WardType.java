package vn.canhbao.core.area;

import java.util.Objects;

/** The three kinds of commune-level unit, which every ward's official name starts with. */
public enum WardType {
    XA("Xã"),
    PHUONG("Phường"),
    DAC_KHU("Đặc khu");

    private final String vietnameseName;

    WardType(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /**
     * The type named at the start of an official ward name, e.g. {@link #PHUONG} for "Phường Bạch Đằng".
     *
     * @throws IllegalArgumentException if the name does not start with "Xã ", "Phường " or "Đặc khu "
     */
    public static WardType ofName(String wardName) {
        Objects.requireNonNull(wardName, "wardName");
        for (WardType type : values()) {
            if (wardName.startsWith(type.vietnameseName + " ")) {
                return type;
            }
        }
        throw new IllegalArgumentException("ward name does not start with Xã, Phường or Đặc khu: " + wardName);
    }
}
