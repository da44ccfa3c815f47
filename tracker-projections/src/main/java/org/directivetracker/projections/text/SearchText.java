package org.directivetracker.projections.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Search that ignores Vietnamese diacritics and case: "lang tron" finds "Láng Tròn". */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** Lower case, without combining marks; đ/Đ (a letter of its own, not a mark) becomes d. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** True when the search is blank, or when every word of it occurs in one of the texts. */
    public static boolean matches(String search, String... texts) {
        String folded = fold(search);
        if (folded.isEmpty()) {
            return true;
        }
        String haystack = fold(String.join(" ", Arrays.stream(texts).map(t -> t == null ? "" : t).toList()));
        return Arrays.stream(folded.split(" ")).allMatch(haystack::contains);
    }
}
