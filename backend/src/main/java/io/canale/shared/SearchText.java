package io.canale.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What a caller typed into a search box, as words to find in stored text regardless of case and accents:
 * "fréno", "FRENO" and "freno" all find "Freno". Bounded (length and words) and never used as a pattern: each
 * word becomes a regular expression of quoted characters, where a letter stands for itself with any accent and
 * in either case, so the stored fields need no folded copy. Every word must occur in one of the searched fields.
 */
public final class SearchText {

    /** Longer text is refused: a search box, not a document. */
    public static final int MAX_LENGTH = 100;
    public static final int MAX_WORDS = 8;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Per folded letter, every Latin letter that folds to it (both cases, with and without accents). */
    private static final Map<Character, String> VARIANTS = variants();

    private final List<String> words;

    private SearchText(List<String> words) {
        this.words = words;
    }

    /**
     * The distinct folded words of the text; blank text has none. Refuses text over {@value #MAX_LENGTH}
     * characters or {@value #MAX_WORDS} words at {@code path}.
     */
    public static SearchText of(String text, String path) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw new InvalidInputException(path, UserErrorCode.TOO_LONG, "at most " + MAX_LENGTH + " characters");
        }
        String folded = fold(text);
        List<String> words = folded.isEmpty() ? List.of() : Arrays.stream(folded.split(" ")).distinct().toList();
        if (words.size() > MAX_WORDS) {
            throw new InvalidInputException(path, UserErrorCode.TOO_MANY, "at most " + MAX_WORDS + " words");
        }
        return new SearchText(words);
    }

    /** The text without accents, in lower case, with runs of white space as one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    public List<String> words() {
        return words;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words joined by single spaces (folded). */
    public String text() {
        return String.join(" ", words);
    }

    /**
     * One condition per word: the word occurs in one of the fields, ignoring case and accents. Callers add the
     * conditions to their own (visibility first) with {@code andOperator}.
     */
    public List<Criteria> inAnyOf(String... fields) {
        return each(pattern -> {
            List<Criteria> alternatives = Arrays.stream(fields).map(field -> Criteria.where(field).regex(pattern)).toList();
            return alternatives.size() == 1 ? alternatives.getFirst() : new Criteria().orOperator(alternatives);
        });
    }

    /** One condition per word, built from the word's pattern (for conditions that are more than "in one of these fields"). */
    public List<Criteria> each(Function<Pattern, Criteria> condition) {
        return words.stream().map(word -> condition.apply(Pattern.compile(pattern(word)))).toList();
    }

    /**
     * A regular expression that finds the folded word anywhere: each letter as a class of its variants, every
     * other character quoted (the same quoting works in Java and in MongoDB's PCRE).
     */
    public static String pattern(String word) {
        StringBuilder pattern = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char ch : word.toCharArray()) {
            String variants = VARIANTS.get(ch);
            if (variants == null) {
                literal.append(ch);
                continue;
            }
            if (!literal.isEmpty()) {
                pattern.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
            }
            pattern.append('[').append(variants).append(']');
        }
        if (!literal.isEmpty()) {
            pattern.append(Pattern.quote(literal.toString()));
        }
        return pattern.toString();
    }

    private static Map<Character, String> variants() {
        Map<Character, StringBuilder> variants = new HashMap<>();
        // Basic Latin, Latin-1 Supplement, Latin Extended-A and -B: the letters of European partners' names.
        for (char ch = 'A'; ch <= '\u024F'; ch++) {
            if (!Character.isLetter(ch)) {
                continue;
            }
            String folded = fold(String.valueOf(ch));
            if (folded.length() == 1 && folded.charAt(0) >= 'a' && folded.charAt(0) <= 'z') {
                variants.computeIfAbsent(folded.charAt(0), letter -> new StringBuilder()).append(ch);
            }
        }
        Map<Character, String> classes = new HashMap<>();
        variants.forEach((letter, chars) -> classes.put(letter, chars.toString()));
        return Map.copyOf(classes);
    }
}
