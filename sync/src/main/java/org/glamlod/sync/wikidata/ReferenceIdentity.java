package org.glamlod.sync.wikidata;

import java.util.Iterator;
import java.util.List;
import org.wikidata.wdtk.datamodel.interfaces.EntityIdValue;
import org.wikidata.wdtk.datamodel.interfaces.Reference;
import org.wikidata.wdtk.datamodel.interfaces.Snak;
import org.wikidata.wdtk.datamodel.interfaces.Statement;
import org.wikidata.wdtk.datamodel.interfaces.StringValue;
import org.wikidata.wdtk.datamodel.interfaces.ValueSnak;

/**
 * How this museum's references are recognised on a wiki where anyone edits: P248 = our database item, or P854 under
 * one of our URL prefixes. A statement is ours only when every reference on it is ours; one that someone else also
 * sourced is theirs as much as ours and is left alone.
 *
 * @param statedInPid  the P248 property id
 * @param statedInQid  our database item, or null
 * @param urlPid       the P854 property id
 * @param urlPrefixes  URL prefixes of our pages and linked-data URIs
 */
public record ReferenceIdentity(String statedInPid, String statedInQid, String urlPid, List<String> urlPrefixes) {
    public ReferenceIdentity {
        urlPrefixes = List.copyOf(urlPrefixes);
        if (statedInQid == null && urlPrefixes.isEmpty()) throw new IllegalArgumentException("no way to recognise our references");
    }

    public static ReferenceIdentity of(WikidataSettings s, List<String> urlPrefixes) {
        return new ReferenceIdentity(s.id(WikidataId.STATED_IN), s.statedIn(), s.id(WikidataId.REFERENCE_URL), urlPrefixes);
    }

    public boolean isOurs(Reference reference) {
        for (Iterator<Snak> it = reference.getAllSnaks(); it.hasNext(); ) {
            if (!(it.next() instanceof ValueSnak v)) continue;
            String pid = v.getPropertyId().getId();
            if (statedInQid != null && pid.equals(statedInPid) && v.getValue() instanceof EntityIdValue e
                    && e.getId().equals(statedInQid)) return true;
            if (pid.equals(urlPid) && v.getValue() instanceof StringValue url
                    && urlPrefixes.stream().anyMatch(url.getString()::startsWith)) return true;
        }
        return false;
    }

    public boolean isOurs(Statement statement) {
        return !statement.getReferences().isEmpty() && statement.getReferences().stream().allMatch(this::isOurs);
    }
}
