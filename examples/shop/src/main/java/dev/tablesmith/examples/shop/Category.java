package dev.tablesmith.examples.shop;

import dev.tablesmith.annotations.OnDelete;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A node of the product category tree. */
@Entity
@Table(name = "categories")
public class Category extends BaseEntity {
    @Column(nullable = false, unique = true, length = 100)
    private String name;

    /** The enclosing category; null for a top-level one. */
    @ManyToOne
    @JoinColumn(name = "parent_id")
    @OnDelete(OnDelete.Action.SET_NULL)
    private Category parent;
}
