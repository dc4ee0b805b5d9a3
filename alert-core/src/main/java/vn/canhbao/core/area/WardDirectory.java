package vn.canhbao.core.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The 34 provinces and 3,321 wards (xã, phường, đặc khu) in force since 1 July 2025 (Nghị quyết 202/2025/QH15),
 * with their official codes, and the codes of the wards they replaced. The data is bundled in the jar (see
 * {@code docs/data-sources.md}) and read once; a directory never changes, so it is safe to share between threads.
 *
 * <p>Upstream systems and old registers still carry pre-2025 ward codes, so {@link #resolve(String)} and {@link
 * #resolveGeocode(String)} accept them and answer with the ward that absorbed the old one.
 */
public final class WardDirectory {

    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    private static final Pattern WARD_CODE = Pattern.compile("\\d{5}");

    private final Map<String, Province> provinces;
    private final Map<String, Ward> wards;
    private final Map<String, List<Ward>> wardsByProvince;
    private final Map<String, Ward> wardsByOldCode;
    private final WardSearch search;

    private WardDirectory(List<Province> provinces, List<Ward> wards, Map<String, String> newCodeByOldCode) {
        this.provinces = index(provinces, Province::code);
        this.wards = index(wards, Ward::code);
        Map<String, List<Ward>> byProvince = new LinkedHashMap<>();
        for (Province province : provinces) {
            byProvince.put(province.code(), new ArrayList<>());
        }
        for (Ward ward : wards) {
            List<Ward> ofProvince = byProvince.get(ward.provinceCode());
            if (ofProvince == null) {
                throw new IllegalStateException("ward " + ward.code() + " has unknown province " + ward.provinceCode());
            }
            ofProvince.add(ward);
        }
        byProvince.replaceAll((code, list) -> List.copyOf(list));
        this.wardsByProvince = Map.copyOf(byProvince);
        Map<String, Ward> byOldCode = new HashMap<>();
        newCodeByOldCode.forEach((oldCode, newCode) -> {
            Ward ward = this.wards.get(newCode);
            if (ward == null) {
                throw new IllegalStateException("old ward " + oldCode + " maps to unknown ward " + newCode);
            }
            byOldCode.put(oldCode, ward);
        });
        this.wardsByOldCode = Map.copyOf(byOldCode);
        this.search = new WardSearch(wards);
    }

    /** The directory bundled in the jar, read on first use and shared afterwards. */
    public static WardDirectory bundled() {
        return Bundled.DIRECTORY;
    }

    /** Reads the bundled tables afresh; {@link #bundled()} does this once. */
    static WardDirectory loadBundled() {
        List<Province> provinces =
                AreaTable.read("provinces.tsv", List.of("code", "name", "short_name")).rows().stream()
                        .map(row -> new Province(row.get(0), row.get(1), row.get(2)))
                        .toList();
        List<Ward> wards = AreaTable.read("wards.tsv", List.of("code", "name", "province_code")).rows().stream()
                .map(row -> new Ward(row.get(0), row.get(1), row.get(2), WardType.ofName(row.get(1))))
                .toList();
        Map<String, String> newCodeByOldCode = new HashMap<>();
        for (List<String> row : AreaTable.read("ward-mappings.tsv", List.of("old_code", "new_code"))
                .rows()) {
            newCodeByOldCode.put(row.get(0), row.get(1));
        }
        return new WardDirectory(provinces, wards, newCodeByOldCode);
    }

    /** All provinces, in order of code. */
    public Collection<Province> provinces() {
        return provinces.values();
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(provinces.get(Objects.requireNonNull(code, "code")));
    }

    /** The ward with this current code; an old code finds nothing here (see {@link #resolve(String)}). */
    public Optional<Ward> ward(String code) {
        return Optional.ofNullable(wards.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The ward with this current code or, failing that, the ward that absorbed the pre-2025 ward with this code. A
     * few codes are both a current code and an old code of a ward merged elsewhere; the current code wins.
     */
    public Optional<Ward> resolve(String code) {
        return ward(code).or(() -> Optional.ofNullable(wardsByOldCode.get(code)));
    }

    /** The wards of a province, in order of code; empty for an unknown province. */
    public List<Ward> wardsOf(String provinceCode) {
        return wardsByProvince.getOrDefault(Objects.requireNonNull(provinceCode, "provinceCode"), List.of());
    }

    public int wardCount() {
        return wards.size();
    }

    /**
     * Wards whose name matches the query regardless of diacritics, case and spacing, with or without the type
     * ("cao minh" and "xa cao minh" both find "Xã Cao Minh"): exact names first, then names starting with the
     * query, then names containing it, ties by code. A blank query finds nothing.
     *
     * @param limit the most wards to return, at least 1
     */
    public List<Ward> search(String query, int limit) {
        return search.search(Objects.requireNonNull(query, "query"), limit);
    }

    /**
     * The wards a CAP {@code <geocode>} value (mã ĐVHC) covers: a two-digit province code gives all wards of that
     * province, a five-digit current or pre-2025 ward code gives the ward it is or became part of. Anything else,
     * an unknown code included, gives an empty list.
     */
    public List<Ward> resolveGeocode(String dvhcCode) {
        String code = Objects.requireNonNull(dvhcCode, "dvhcCode").strip();
        if (PROVINCE_CODE.matcher(code).matches()) {
            return wardsOf(code);
        }
        if (WARD_CODE.matcher(code).matches()) {
            return resolve(code).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T item : items) {
            if (byKey.put(key.apply(item), item) != null) {
                throw new IllegalStateException("duplicate code " + key.apply(item));
            }
        }
        return Collections.unmodifiableMap(byKey);
    }

    private static final class Bundled {
        static final WardDirectory DIRECTORY = loadBundled();
    }
}
