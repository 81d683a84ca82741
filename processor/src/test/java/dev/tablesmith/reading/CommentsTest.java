package dev.tablesmith.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommentsTest {
    @Test
    void firstSentenceOfJavadoc() {
        assertEquals(Optional.of("Orders placed by users"), Comments.firstSentence(" Orders placed by users. More text.\n"));
        assertEquals(Optional.of("Price in cents, e.g. 1999 for 19.99"),
                Comments.firstSentence(" Price in cents, e.g. 1999 for 19.99.\n @see Money\n"));
        assertEquals(Optional.of("The user's Address"), Comments.firstSentence(" The user's {@link Address}.\n"));
        assertEquals(Optional.of("Uses status = 'A'"), Comments.firstSentence(" Uses {@code status = 'A'}"));
        assertEquals(Optional.of("Bold claim"), Comments.firstSentence(" <b>Bold</b> claim.<p>Details"));
        assertEquals(Optional.empty(), Comments.firstSentence(" @deprecated use other\n"));
        assertEquals(Optional.empty(), Comments.firstSentence(null));
    }
}
