package dev.tablesmith.examples.shop;

import dev.tablesmith.annotations.IndexMethod;
import dev.tablesmith.annotations.TableIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;

/** Help-centre and blog articles. */
@Entity
@Table(name = "articles")
@TableIndex(name = "idx_articles_search", using = IndexMethod.GIN,
        expression = "to_tsvector('english', title || ' ' || body)",
        reason = "full-text search: WHERE to_tsvector('english', title || ' ' || body) @@ to_tsquery(?)")
public class Article extends Timestamped {
    /** Key from the articles_seq sequence (Hibernate fetches 50 values at a time). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    /** Who wrote it. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private User author;

    /** Who last reviewed it, if anyone. */
    @ManyToOne
    @JoinColumn(name = "editor_id")
    private User editor;

    @NotBlank
    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    /** When it went public; null while a draft. */
    private Instant publishedAt;
}
