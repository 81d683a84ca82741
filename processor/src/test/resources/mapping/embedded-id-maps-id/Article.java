package mapping.embeddedidmapsid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Article {
    @Id
    @Column(length = 20)
    private String code;
}
