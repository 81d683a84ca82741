package mapping.targetentity;

/** What the relations are declared as. */
public interface Named {
}
