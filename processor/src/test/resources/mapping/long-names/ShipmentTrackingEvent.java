package mapping.longnames;

import dev.tablesmith.annotations.TableIndex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Generated constraint and index names over 63 bytes are shortened with a hash, not cut by PostgreSQL. */
@Entity
@TableIndex(columns = {"carrier_tracking_reference_number_with_check_digit", "destination_customs_clearance_status_code"})
public class ShipmentTrackingEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    private CarrierServiceLevelAgreement carrierServiceLevelAgreementReference;

    @Column(unique = true)
    private String carrierTrackingReferenceNumberWithCheckDigit;

    @Enumerated(EnumType.STRING)
    private Status destinationCustomsClearanceStatusCode;
}
