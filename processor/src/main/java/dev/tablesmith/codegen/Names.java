package dev.tablesmith.codegen;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** Java names for SQL names: constants ({@code created_at} → {@code CREATED_AT}) and nested classes. */
final class Names {
    // compiled once: a constant is named for every column
    private static final Pattern LOWER_UPPER = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern UPPER_RUN = Pattern.compile("([A-Z]+)([A-Z][a-z])");
    private static final Pattern NOT_WORD = Pattern.compile("[^A-Za-z0-9_]");
    private Names() {}

    /**
     * An upper-snake constant name: camel case split ({@code createdAt} → {@code CREATED_AT}),
     * other characters turned into {@code _}, a leading digit prefixed; {@code _2}, {@code _3}
     * appended while the name is taken.
     */
    static String constant(String sqlName, Set<String> taken) {
        String s = NOT_WORD.matcher(UPPER_RUN.matcher(LOWER_UPPER.matcher(sqlName).replaceAll("$1_$2"))
                .replaceAll("$1_$2")).replaceAll("_").toUpperCase(Locale.ROOT);
        if (s.isEmpty() || s.chars().allMatch(c -> c == '_')) {
            s = "COLUMN" + s;
        }
        if (Character.isDigit(s.charAt(0))) {
            s = "_" + s;
        }
        return unique(s, taken, "_");
    }

    /** An upper-camel class name: {@code user_roles} → {@code UserRoles}. */
    static String type(String sqlName, Set<String> taken) {
        StringBuilder s = new StringBuilder();
        boolean upper = true;
        for (char c : sqlName.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                s.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        String name = s.length() == 0 || Character.isDigit(s.charAt(0)) ? "T" + s : s.toString();
        return unique(SourceVersion.isKeyword(name) ? name + "Table" : name, taken, "");
    }

    private static String unique(String name, Set<String> taken, String separator) {
        String candidate = name;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = name + separator + i;
        }
        taken.add(candidate);
        return candidate;
    }
}
