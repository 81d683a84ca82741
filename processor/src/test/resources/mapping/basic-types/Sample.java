package mapping.basictypes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Currency;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;

/** Every basic type Hibernate 6.6 maps, with its default JDBC type and length. */
@Entity
public class Sample {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private boolean flag;
    private Boolean optionalFlag;
    private byte tiny;
    private Byte optionalTiny;
    private short small;
    private int number;
    private long big;
    private float ratio;
    private double measure;
    private char initial;
    private Character optionalInitial;
    private BigInteger count;
    private BigDecimal amount;
    private String text;
    private char[] letters;
    private byte[] payload;
    private UUID uuid;
    private LocalDate day;
    private LocalTime time;
    private LocalDateTime localStamp;
    private OffsetTime offsetTime;
    private OffsetDateTime offsetStamp;
    private ZonedDateTime zonedStamp;
    private Instant instant;
    private Duration duration;
    private Year year;
    private ZoneId zone;
    private ZoneOffset zoneOffset;
    private Currency currency;
    private Locale locale;
    private TimeZone timeZone;
    private URL url;
    private Class<?> type;
    private InetAddress address;
    private java.util.Date legacyDate;
    @Temporal(TemporalType.DATE)
    private java.util.Date legacyDay;
    @Temporal(TemporalType.TIME)
    private Calendar legacyTime;
    private java.sql.Date sqlDate;
    private java.sql.Time sqlTime;
    private java.sql.Timestamp sqlTimestamp;
}
