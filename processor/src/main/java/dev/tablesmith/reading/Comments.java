package dev.tablesmith.reading;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * A table's or column's comment: {@code @Comment} (Tablesmith's or Hibernate's), else the first
 * sentence of the Javadoc. Javadoc is only available for elements compiled from source; an
 * incremental build that loads a class from the class path sees none.
 */
final class Comments {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|link|linkplain|value)\\s+([^}]*)}");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private Comments() {}

    static Optional<String> of(Element element, Elements elements) {
        return annotated(element, elements).or(() -> firstSentence(elements.getDocComment(element)));
    }

    /** The comment an annotation gives; annotations are kept in class files, unlike Javadoc. */
    static Optional<String> annotated(Element element, Elements elements) {
        for (String annotation : new String[] {Names.COMMENT, Names.H_COMMENT}) {
            Optional<Ann> comment = Ann.find(element, annotation, elements);
            if (comment.isPresent() && !comment.get().string("value").isBlank()) {
                return Optional.of(comment.get().string("value").trim());
            }
        }
        return Optional.empty();
    }

    static Optional<String> firstSentence(String javadoc) {
        if (javadoc == null) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder();
        for (String line : javadoc.split("\n", -1)) {
            if (line.trim().startsWith("@")) {
                break; // block tags end the description
            }
            body.append(line).append(' ');
        }
        String text = replaceInlineTags(body.toString());
        text = WHITESPACE.matcher(HTML_TAG.matcher(text).replaceAll(" ")).replaceAll(" ").trim();
        int end = firstSentenceEnd(text);
        String sentence = (end < 0 ? text : text.substring(0, end)).trim();
        if (sentence.endsWith(".")) {
            sentence = sentence.substring(0, sentence.length() - 1).trim();
        }
        return sentence.isEmpty() ? Optional.empty() : Optional.of(sentence);
    }

    private static String replaceInlineTags(String text) {
        Matcher m = INLINE_TAG.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String content = m.group(1).trim();
            int space = content.indexOf(' ');
            // {@link Type#member label}: the label reads best; without one, the member.
            String shown = space > 0 && !m.group().startsWith("{@code") && !m.group().startsWith("{@literal")
                    ? content.substring(space + 1)
                    : content.substring(content.lastIndexOf('#') + 1);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * End of the first sentence, by the JDK's English sentence rules (as javadoc's
     * {@code -breakiterator}), so "e.g. 1999" does not end it.
     */
    private static int firstSentenceEnd(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int end = sentences.next();
        return end == BreakIterator.DONE || end >= text.length() ? -1 : end;
    }
}
