package matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Widget {
    @Id
    @GeneratedValue
    private Long id;

    private int weightGrams;
}
