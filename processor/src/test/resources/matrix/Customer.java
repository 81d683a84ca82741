package matrix;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@AttributeOverride(name = "createdAt", column = @Column(name = "registered_at", nullable = false))
public class Customer extends Keyed<Long> {
    private short shortValue;
    private byte byteValue;
    private float floatValue;
    private double doubleValue;
    private char initial;
    private Boolean optIn;
    private BigInteger bigCount;
    private LocalDate birthday;
    private LocalTime wakeUp;
    private LocalDateTime lastSeenLocal;
    private OffsetDateTime lastSeen;
    private ZonedDateTime nextCall;
    private Duration sessionLength;
    private UUID externalId;
    private byte[] avatar;
    @Lob
    private String biography;
    private Tier ordinalTier;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Tier tier;
    @Column(precision = 12, scale = 3)
    private BigDecimal balance;
    @Column(precision = 7)
    private BigDecimal wholeAmount;
    @Digits(integer = 5, fraction = 2)
    private BigDecimal discount;
    @Size(max = 80)
    @Column(length = 200)
    private String nickname;
    @NotNull
    @Column(columnDefinition = "text")
    private String notes;
    @NotEmpty
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String profile;
    private Integer[] luckyNumbers;
    @Convert(converter = YesNoConverter.class)
    private Boolean vip;
    @Version
    private Integer version;
    @Transient
    private String scratch;
    private transient String cache;

    @Embedded
    @AttributeOverride(name = "city", column = @Column(name = "home_city", length = 60))
    @AttributeOverride(name = "location.latitude", column = @Column(name = "home_lat"))
    private Address home;

    @OneToOne
    private Account account;
}
