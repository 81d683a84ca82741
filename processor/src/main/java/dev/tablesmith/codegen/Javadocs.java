package dev.tablesmith.codegen;

/** Text from the model made safe for Javadoc (added with {@code $L}, so {@code $} needs no escape). */
final class Javadocs {
    private Javadocs() {}

    /**
     * Escapes HTML, Javadoc tags and what javac reads inside comments: {@code *}{@code /} would end
     * the comment and a backslash-u sequence is a Unicode escape even there.
     */
    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;").replace("\\", "&#92;").replace("{", "&#123;").replace("}", "&#125;");
    }

    /** Code: in {@code <code>} rather than a code tag, whose text would show the escapes literally. */
    static String code(String s) {
        return "<code>" + text(s) + "</code>";
    }
}
