package vn.canhbao.gateway.console;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.gateway.security.Role;
import vn.canhbao.gateway.security.WardAccess;

/** The wards an officer writes alerts for, for the console's choices (an administrator types a ward code instead). */
@Component
class OfficerWards {

    /** More wards than this (a province officer's) are not offered as a list. */
    static final int LISTED = 200;

    private final WardAccess access;
    private final WardDirectory directory;

    OfficerWards(WardAccess access, WardDirectory directory) {
        this.access = access;
        this.directory = directory;
    }

    /** The wards offered for a new alert; empty when there are too many to list. */
    List<Ward> writable(Authentication caller) {
        List<String> codes = access.visibleWards(caller).orElse(List.of());
        if (codes.size() > LISTED) {
            return List.of();
        }
        return codes.stream()
                .filter(code -> WardAccess.officer(caller)
                        .map(o -> o.holds(Role.WARD_OFFICER, code, province(code))
                                || o.holds(Role.PROVINCE_OFFICER, code, province(code)))
                        .orElse(false))
                .flatMap(code -> directory.resolve(code).stream())
                .toList();
    }

    private String province(String code) {
        return directory.resolve(code).map(Ward::provinceCode).orElse(null);
    }
}
