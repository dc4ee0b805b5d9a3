package vn.canhbao.core.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import vn.canhbao.core.text.VietnameseText;

/**
 * Finds wards by name as people type it: without diacritics, in any case, with or without the type ("cao minh",
 * "xa cao minh"). A name that equals the query ranks first, then names that start with it, then names that
 * contain it; ties go by code, so results are stable.
 */
final class WardSearch {

    private static final int EXACT = 0;
    private static final int PREFIX = 1;
    private static final int CONTAINS = 2;
    private static final int NO_MATCH = -1;

    private record Entry(Ward ward, String fullName, String bareName) {}

    private record Hit(Ward ward, int rank) {}

    private static final Comparator<Hit> RANKING =
            Comparator.comparingInt(Hit::rank).thenComparing(hit -> hit.ward().code());

    private final List<Entry> entries;

    WardSearch(Collection<Ward> wards) {
        List<Entry> built = new ArrayList<>(wards.size());
        for (Ward ward : wards) {
            String bare = ward.name().substring(ward.type().vietnameseName().length());
            built.add(new Entry(ward, VietnameseText.foldForSearch(ward.name()), VietnameseText.foldForSearch(bare)));
        }
        this.entries = List.copyOf(built);
    }

    List<Ward> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        String folded = VietnameseText.foldForSearch(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry entry : entries) {
            int rank = rank(entry, folded);
            if (rank != NO_MATCH) {
                hits.add(new Hit(entry.ward(), rank));
            }
        }
        return hits.stream().sorted(RANKING).limit(limit).map(Hit::ward).toList();
    }

    private static int rank(Entry entry, String query) {
        if (entry.fullName().equals(query) || entry.bareName().equals(query)) {
            return EXACT;
        }
        if (entry.fullName().startsWith(query) || entry.bareName().startsWith(query)) {
            return PREFIX;
        }
        return entry.fullName().contains(query) ? CONTAINS : NO_MATCH;
    }
}
