package dev.tablesmith.safety;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The one grammar every identifier Tablesmith writes into SQL must match: a letter or {@code _},
 * then letters, combining marks, ASCII digits and {@code _}. Letters are Unicode letters, which all
 * three engines take in unquoted names; the text must be in Unicode normal form C, so two names
 * that look alike are the same name. Nothing else (quotes, spaces, dots, control or invisible
 * characters) can be part of a name, so a name can never end a quoted name early, start a comment
 * or another statement, whether it is written bare or quoted.
 */
public final class Identifiers {
    private Identifiers() {}

    /** Whether the text is a plain identifier. */
    public static boolean isPlain(String name) {
        return problem(name).isEmpty();
    }

    /** Why the text is not a plain identifier, as a phrase ("it starts with a digit"); empty when it is one. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"")
                || name.startsWith("`") && name.endsWith("`"))) {
            return Optional.of("it is written in quotes, which Tablesmith does not support: write the name without "
                    + "them (reserved words kept with @Allow are quoted for each database)");
        }
        int first = name.codePointAt(0);
        if (first >= '0' && first <= '9') {
            return Optional.of("it starts with a digit");
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            boolean ok = c == '_' || (c >= '0' && c <= '9') || Character.isLetter(c)
                    || (i > 0 && isMark(c));
            if (!ok) {
                return Optional.of("it holds " + describe(c));
            }
            i += Character.charCount(c);
        }
        if (!Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
            return Optional.of("it is not in Unicode normal form C (the same letters can be written another way "
                    + "and would be another name): write it as '" + Normalizer.normalize(name, Normalizer.Form.NFC)
                    + "'");
        }
        return Optional.empty();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** A character as a message shows it: printable ones in quotes, all with their code point. */
    public static String describe(int c) {
        String code = String.format("U+%04X", c);
        boolean visible = !Character.isISOControl(c) && !Character.isWhitespace(c) && Character.isDefined(c)
                && Character.getType(c) != Character.FORMAT && !Character.isSpaceChar(c);
        return visible ? "'" + new String(Character.toChars(c)) + "' (" + code + ")" : code + " (" + name(c) + ")";
    }

    private static String name(int c) {
        String n = Character.getName(c);
        return n == null ? "an unassigned character" : n.toLowerCase(java.util.Locale.ROOT);
    }
}
