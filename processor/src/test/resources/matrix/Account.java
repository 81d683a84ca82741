package matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Account {
    @Id
    @SequenceGenerator(name = "acct", sequenceName = "account_numbers", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acct")
    private long id;

    private String label;
}
