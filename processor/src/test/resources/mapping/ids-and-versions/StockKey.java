package mapping.idsandversions;

public class StockKey {
    private String warehouse;
    private String sku;
}
