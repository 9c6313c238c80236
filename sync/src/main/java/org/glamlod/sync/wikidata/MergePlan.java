package org.glamlod.sync.wikidata;

import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.ItemUpdate;

/** What one item needs: a create, one update against the base revision, or nothing. */
public sealed interface MergePlan {
    record Create(ItemDocument document) implements MergePlan {}

    /** One {@code wbeditentity} against {@link ItemUpdate#getBaseRevisionId()}. */
    record Update(ItemUpdate update) implements MergePlan {}

    record Unchanged() implements MergePlan {}
}
