package dev.tablesmith.examples.library;

import dev.tablesmith.annotations.OnDelete;
import dev.tablesmith.annotations.TableIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** One copy of a title on the shelves. */
@Entity
@Table(name = "books")
@TableIndex(columns = {"status", "created_at DESC"},
        reason = "the catalogue lists available books, newest first")
public class Book extends Timestamped {
    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** ISBN-13 without hyphens; two copies of one title share it, so it is not unique. */
    @Column(nullable = false, length = 13)
    private String isbn;

    /** The title as printed. */
    @Column(nullable = false, length = 300)
    private String title;

    /** Who wrote it; an author with books cannot be deleted. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    @OnDelete(OnDelete.Action.RESTRICT)
    private Author author;

    /** What the library paid, charged when the copy is lost. */
    @NotNull
    @PositiveOrZero
    @Column(precision = 10, scale = 2)
    private BigDecimal price;

    /** Where the copy is. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.AVAILABLE;

    /** Where a copy is. */
    public enum Status { AVAILABLE, ON_LOAN, LOST }
}
