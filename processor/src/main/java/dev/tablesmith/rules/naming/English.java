package dev.tablesmith.rules.naming;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English plural and singular forms of the words table names are made of. Maven Central has no
 * maintained Java inflector that also singularises (evo-inflector only pluralises), so this is a
 * small rule set: uncountable words, irregular forms, then suffix rules with their exception lists.
 * Words are lower-case ASCII (one part of a snake_case name). Pure.
 */
public final class English {
    private English() {}

    /**
     * Words used as table names in the singular form: mass nouns and words whose plural is the
     * same. {@code inventory} is here because the handbook itself names its stock table so.
     */
    private static final Set<String> UNCOUNTABLE = Set.of(
            "data", "metadata", "information", "equipment", "news", "feedback", "software", "hardware",
            "firmware", "staff", "personnel", "inventory", "series", "species", "sheep", "fish", "deer",
            "aircraft", "money", "advice", "evidence", "furniture", "luggage", "baggage", "traffic",
            "knowledge", "research", "music", "audio", "police", "media", "analytics", "statistics");

    /** Irregular singular → plural. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("person", "people"), Map.entry("child", "children"), Map.entry("man", "men"),
            Map.entry("woman", "women"), Map.entry("mouse", "mice"), Map.entry("goose", "geese"),
            Map.entry("foot", "feet"), Map.entry("tooth", "teeth"), Map.entry("ox", "oxen"),
            Map.entry("datum", "data"), Map.entry("medium", "media"), Map.entry("criterion", "criteria"),
            Map.entry("phenomenon", "phenomena"), Map.entry("index", "indexes"), Map.entry("matrix", "matrices"),
            Map.entry("vertex", "vertices"), Map.entry("appendix", "appendices"), Map.entry("quiz", "quizzes"),
            Map.entry("cactus", "cacti"), Map.entry("radius", "radii"), Map.entry("alumnus", "alumni"),
            Map.entry("stimulus", "stimuli"), Map.entry("fungus", "fungi"), Map.entry("nucleus", "nuclei"),
            Map.entry("curriculum", "curricula"), Map.entry("bacterium", "bacteria"), Map.entry("axis", "axes"),
            Map.entry("die", "dice"), Map.entry("cache", "caches"));

    /** Irregular plural → singular: the reverse of {@link #IRREGULAR}, plus alternative plurals. */
    private static final Map<String, String> IRREGULAR_PLURALS = new HashMap<>();

    static {
        IRREGULAR.forEach((singular, plural) -> IRREGULAR_PLURALS.put(plural, singular));
        IRREGULAR_PLURALS.put("indices", "index");
        IRREGULAR_PLURALS.put("persons", "person");
        IRREGULAR_PLURALS.put("matrixes", "matrix");
        IRREGULAR_PLURALS.put("vertexes", "vertex");
        IRREGULAR_PLURALS.put("appendixes", "appendix");
        IRREGULAR_PLURALS.put("cactuses", "cactus");
        IRREGULAR_PLURALS.put("radiuses", "radius");
    }

    /** Singulars ending in f/fe whose plural ends in ves. */
    private static final Map<String, String> F_TO_VES = Map.ofEntries(
            Map.entry("wolf", "wolves"), Map.entry("knife", "knives"), Map.entry("life", "lives"),
            Map.entry("wife", "wives"), Map.entry("leaf", "leaves"), Map.entry("half", "halves"),
            Map.entry("shelf", "shelves"), Map.entry("thief", "thieves"), Map.entry("calf", "calves"),
            Map.entry("loaf", "loaves"), Map.entry("self", "selves"), Map.entry("elf", "elves"),
            Map.entry("scarf", "scarves"), Map.entry("hoof", "hooves"), Map.entry("wharf", "wharves"));
    private static final Map<String, String> VES_TO_F = new HashMap<>();

    static {
        F_TO_VES.forEach((singular, plural) -> VES_TO_F.put(plural, singular));
    }

    /** Singulars ending in o that take -es. */
    private static final Set<String> O_ES = Set.of("hero", "potato", "tomato", "echo", "veto", "torpedo",
            "embargo", "domino", "volcano", "motto", "cargo", "buffalo");

    /** Singulars ending in -us, -as, -is that are not plurals (and take -es). */
    private static final Set<String> S_SINGULARS = Set.of("status", "bus", "campus", "virus", "bonus",
            "census", "corpus", "syllabus", "surplus", "genius", "chorus", "minus", "consensus", "prospectus",
            "apparatus", "plus", "focus", "alias", "canvas", "atlas", "gas", "bias", "lens", "iris", "chaos",
            "ethos", "cosmos", "tennis", "yes", "this");

    /** Greek singulars in -is (plural -es). */
    private static final Set<String> IS_SINGULARS = Set.of("analysis", "crisis", "thesis", "hypothesis",
            "diagnosis", "prognosis", "synthesis", "synopsis", "parenthesis", "ellipsis", "oasis", "emphasis",
            "paralysis");

    /** Singulars ending in -ie (plural -ies, not -y). */
    private static final Set<String> IE_SINGULARS = Set.of("movie", "cookie", "calorie", "zombie", "rookie",
            "selfie", "hoodie", "smoothie", "brownie", "pie", "tie", "lie", "genie", "prairie", "auntie",
            "freebie", "goalie", "sortie", "lingerie", "budgie", "specie");

    /** Singulars ending in -che (plural -ches, not -ch + es). */
    private static final Set<String> CHE_SINGULARS = Set.of("cache", "niche", "avalanche", "headache",
            "moustache", "cliche", "psyche", "earache");

    /** Singulars ending in -ch pronounced k (plural -chs). */
    private static final Set<String> CH_K = Set.of("stomach", "epoch", "monarch", "patriarch", "matriarch",
            "tech", "loch");

    /** Whether a word is used as is for one and many. */
    public static boolean isUncountable(String word) {
        return UNCOUNTABLE.contains(lower(word));
    }

    /** Whether a word is a plural form (or uncountable, so fine as a table name). */
    public static boolean isPlural(String word) {
        String w = lower(word);
        if (UNCOUNTABLE.contains(w) || IRREGULAR_PLURALS.containsKey(w)) {
            return true;
        }
        if (IRREGULAR.containsKey(w)) {
            return false;
        }
        return !singularize(w).equals(w);
    }

    /** The plural of a singular word; a plural or uncountable word is returned as is. */
    public static String pluralize(String word) {
        String w = lower(word);
        if (w.isEmpty() || UNCOUNTABLE.contains(w) || IRREGULAR_PLURALS.containsKey(w)) {
            return w;
        }
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (F_TO_VES.containsKey(w)) {
            return F_TO_VES.get(w);
        }
        if (isPlural(w)) {
            return w;
        }
        if (IS_SINGULARS.contains(w) || w.endsWith("sis")) {
            return w.substring(0, w.length() - 2) + "es";
        }
        if (O_ES.contains(w)) {
            return w + "es";
        }
        if (w.endsWith("ch") && CH_K.contains(w)) {
            return w + "s";
        }
        if (w.endsWith("zz")) {
            return w + "es";
        }
        if (w.endsWith("s") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x") || w.endsWith("z")) {
            return w + "es";
        }
        if (w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    /** The singular of a plural word; a singular or uncountable word is returned as is. */
    public static String singularize(String word) {
        String w = lower(word);
        if (UNCOUNTABLE.contains(w) || IRREGULAR.containsKey(w)) {
            return w;
        }
        String irregular = IRREGULAR_PLURALS.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (VES_TO_F.containsKey(w)) {
            return VES_TO_F.get(w);
        }
        if (w.length() <= 2 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")
                || S_SINGULARS.contains(w) || IS_SINGULARS.contains(w)) {
            return w;
        }
        String stem = w.substring(0, w.length() - 2); // without "es"
        if (w.endsWith("ies")) {
            String ie = w.substring(0, w.length() - 1);
            if (IE_SINGULARS.contains(ie) || w.length() <= 4) {
                return ie;
            }
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es")) {
            if (IS_SINGULARS.contains(stem + "is")) {
                return stem + "is";
            }
            if (S_SINGULARS.contains(stem) || w.endsWith("sses") || w.endsWith("zzes")) {
                return stem;
            }
            if (w.endsWith("xes") || w.endsWith("shes")) {
                return stem;
            }
            if (w.endsWith("ches")) {
                return CHE_SINGULARS.contains(w.substring(0, w.length() - 1)) ? w.substring(0, w.length() - 1) : stem;
            }
            if (w.endsWith("oes")) {
                return O_ES.contains(stem) ? stem : w.substring(0, w.length() - 1);
            }
        }
        return w.substring(0, w.length() - 1);
    }

    /** The plural of a snake_case name: its last word pluralised ({@code order_item} → {@code order_items}). */
    public static String pluralizeLast(String snakeName) {
        int cut = snakeName.lastIndexOf('_');
        return snakeName.substring(0, cut + 1) + pluralize(snakeName.substring(cut + 1));
    }

    /** The singular of a snake_case name: its last word singularised ({@code order_items} → {@code order_item}). */
    public static String singularizeLast(String snakeName) {
        int cut = snakeName.lastIndexOf('_');
        return snakeName.substring(0, cut + 1) + singularize(snakeName.substring(cut + 1));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
