package vn.canhbao.channels.cbc;

import java.util.Arrays;
import java.util.Optional;
import vn.canhbao.core.broadcast.GeographicalScope;

/**
 * OsmoCBC's names for the geographical scopes of a serial number ({@code smscb.schema.json}, {@code geographic_scope}):
 * the adapter writes them, the ECBE simulator reads them.
 */
public final class EcbeScopes {

    private EcbeScopes() {}

    public static String name(GeographicalScope scope) {
        return switch (scope) {
            case CELL_WIDE_IMMEDIATE -> "cell_wide_immediate";
            case PLMN_WIDE -> "plmn_wide";
            case LOCATION_AREA_WIDE -> "lac_sac_tac_wide";
            case CELL_WIDE -> "cell_wide";
        };
    }

    /** The scope OsmoCBC names {@code name}, if it is one. */
    public static Optional<GeographicalScope> of(String name) {
        return Arrays.stream(GeographicalScope.values())
                .filter(s -> name(s).equals(name))
                .findFirst();
    }
}
