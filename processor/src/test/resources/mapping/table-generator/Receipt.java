package mapping.tablegenerator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A second segment of the same counter table. */
@Entity
@Table(name = "receipts")
public class Receipt {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "receipt_ids")
    @TableGenerator(name = "receipt_ids", table = "id_blocks", pkColumnName = "block", valueColumnName = "next_value",
            pkColumnValue = "receipts")
    private Long id;
}
