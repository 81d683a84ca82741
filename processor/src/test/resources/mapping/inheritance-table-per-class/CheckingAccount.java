package mapping.tablePerClass;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "checking_accounts")
public class CheckingAccount extends Account {
    private long overdraft;
}
