package org.glamlod.mappings.engine;

import java.util.List;
import org.glamlod.model.HumanMadeObject;

/**
 * What mapping one record gave: the object (null when an error rejected the record), its id when one was found,
 * and every issue, warnings included.
 */
public record MappedRecord(String locator, String id, HumanMadeObject object, List<Issue> issues) {
    public boolean rejected() {
        return object == null;
    }
}
