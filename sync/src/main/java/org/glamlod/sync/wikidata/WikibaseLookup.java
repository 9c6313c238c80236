package org.glamlod.sync.wikidata;

import java.util.List;
import java.util.Map;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;

/** The reads reconciliation needs; {@link WikibaseClient} is the real one. */
public interface WikibaseLookup {
    /** Items by id; missing ids are absent from the map. */
    Map<String, ItemDocument> getEntities(List<String> ids) throws WikibaseException;

    /** Ids of items the search index says have {@code property = value} ({@code haswbstatement}). */
    List<String> searchByStatement(String property, String value) throws WikibaseException;
}
