package org.glamlod.sync.wikidata;

import java.util.List;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;

/** The outcome of projecting one object: the item it should be, or why it cannot be sent. */
public sealed interface ProjectionResult {
    /**
     * @param item            the desired item, with the placeholder id {@code Q0}
     * @param inventoryNumber the P217 value, the identity key with the collection
     * @param notes           what was left out and why (an unmapped material, a title without a language…)
     */
    record Projected(ItemDocument item, String inventoryNumber, List<String> notes) implements ProjectionResult {
        public Projected {
            notes = List.copyOf(notes);
        }
    }

    /** The object needs a person's attention first (an unmapped type, an unresolved creator…). */
    record NotProjectable(List<String> reasons) implements ProjectionResult {
        public NotProjectable {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) throw new IllegalArgumentException("a reason is required");
        }
    }
}
