package matrix;

public enum Tier { BRONZE, SILVER, GOLD }
