package dev.tablesmith.rules.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Singular ↔ plural, table-driven: regular suffix rules, their exceptions, and irregulars. */
class EnglishTest {
    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource({
            "user, users", "order, orders", "item, items", "key, keys", "day, days",
            "category, categories", "company, companies", "movie, movies", "cookie, cookies",
            "address, addresses", "class, classes", "business, businesses", "status, statuses",
            "alias, aliases", "bus, buses", "campus, campuses", "gas, gases",
            "box, boxes", "tax, taxes", "match, matches", "batch, batches", "wish, wishes",
            "cache, caches", "niche, niches", "epoch, epochs", "stomach, stomachs",
            "quiz, quizzes", "buzz, buzzes", "size, sizes", "case, cases", "database, databases",
            "house, houses", "cause, causes", "purchase, purchases", "response, responses",
            "analysis, analyses", "crisis, crises", "thesis, theses", "axis, axes",
            "hero, heroes", "potato, potatoes", "photo, photos", "video, videos", "shoe, shoes",
            "wolf, wolves", "knife, knives", "life, lives", "half, halves", "roof, roofs",
            "move, moves", "archive, archives", "valve, valves",
            "person, people", "child, children", "man, men", "woman, women", "mouse, mice",
            "tooth, teeth", "foot, feet", "criterion, criteria",
            "index, indexes", "matrix, matrices", "vertex, vertices", "appendix, appendices",
            "cactus, cacti", "radius, radii", "setting, settings", "preference, preferences",
            "tie, ties", "pie, pies"})
    void pluralAndSingular(String singular, String plural) {
        assertEquals(plural, English.pluralize(singular), "plural of " + singular);
        assertEquals(singular, English.singularize(plural), "singular of " + plural);
        assertTrue(English.isPlural(plural), plural + " is plural");
        if (!English.isUncountable(singular)) {
            assertFalse(English.isPlural(singular), singular + " is singular");
        }
    }

    @ParameterizedTest
    @CsvSource({"indices, index", "persons, person", "matrixes, matrix", "cactuses, cactus"})
    void alternativePluralsAreAccepted(String plural, String singular) {
        assertTrue(English.isPlural(plural));
        assertEquals(singular, English.singularize(plural));
    }

    @ParameterizedTest
    @CsvSource({"datum, data", "medium, media"})
    void singularsOfMassNounsPluralise(String singular, String plural) {
        assertEquals(plural, English.pluralize(singular));
        assertFalse(English.isPlural(singular));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data", "metadata", "information", "news", "series", "species", "sheep",
            "feedback", "inventory", "equipment", "software"})
    void uncountableWordsAreTheirOwnPlural(String word) {
        assertTrue(English.isPlural(word));
        assertEquals(word, English.pluralize(word));
        assertEquals(word, English.singularize(word));
    }

    @ParameterizedTest
    @CsvSource({"order_item, order_items", "user_preference, user_preferences", "product_category, product_categories",
            "order_status, order_statuses", "user_data, user_data", "sales_person, sales_people"})
    void snakeNamesInflectTheirLastWord(String singular, String plural) {
        assertEquals(plural, English.pluralizeLast(singular));
        assertEquals(singular, English.singularizeLast(plural));
    }
}
