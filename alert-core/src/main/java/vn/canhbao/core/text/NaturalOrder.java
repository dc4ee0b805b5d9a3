package vn.canhbao.core.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Orders names the way a person reads them: numbers by their value, so "Tổ 2" comes before "Tổ 10" and "Thôn 9" before
 * "Thôn 11", and words in Vietnamese alphabetical order ("Đông" after "Dương"), ignoring case. A ward's neighbourhood
 * groups are numbered, and a list sorted "1, 10, 11, 2" hides the ones an officer is looking for.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        Collator words = Collator.getInstance(VIETNAMESE);
        words.setStrength(Collator.SECONDARY);
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean digitA = Character.isDigit(a.charAt(i));
            boolean digitB = Character.isDigit(b.charAt(j));
            int endA = run(a, i, digitA);
            int endB = run(b, j, digitB);
            String partA = a.substring(i, endA);
            String partB = b.substring(j, endB);
            int order;
            if (digitA && digitB) {
                order = compareNumbers(partA, partB);
            } else {
                order = words.compare(partA, partB);
            }
            if (order != 0) {
                return order;
            }
            i = endA;
            j = endB;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int run(String s, int from, boolean digits) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    /** Compares runs of digits by value, however long, without parsing them into a number that could overflow. */
    private static int compareNumbers(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        if (x.length() != y.length()) {
            return Integer.compare(x.length(), y.length());
        }
        int order = x.compareTo(y);
        return order != 0 ? order : Integer.compare(a.length(), b.length());
    }
}
