package dev.tablesmith.examples.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded where it is used. */
@Embeddable
public class Address {
    @Column(length = 200)
    private String street;

    @Column(length = 100)
    private String city;

    @Column(length = 20)
    private String postalCode;

    /** ISO 3166-1 alpha-2 country code. */
    @Column(length = 2)
    private String country;
}
