package mapping.tablegenerator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

@Entity
@Table(name = "invoices")
public class Invoice {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "invoice_ids")
    @TableGenerator(name = "invoice_ids", table = "id_blocks", pkColumnName = "block", valueColumnName = "next_value",
            pkColumnValue = "invoices", initialValue = 1000, allocationSize = 20)
    private Long id;
}
