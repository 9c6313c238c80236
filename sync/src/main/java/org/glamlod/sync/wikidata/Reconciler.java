package org.glamlod.sync.wikidata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glamlod.model.Agent;
import org.glamlod.model.Creator;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Identifier;
import org.wikidata.wdtk.datamodel.interfaces.EntityIdValue;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.Snak;
import org.wikidata.wdtk.datamodel.interfaces.SnakGroup;
import org.wikidata.wdtk.datamodel.interfaces.Statement;
import org.wikidata.wdtk.datamodel.interfaces.StringValue;
import org.wikidata.wdtk.datamodel.interfaces.Value;
import org.wikidata.wdtk.datamodel.interfaces.ValueSnak;

/**
 * Finds what already exists before anything is created: the artwork's item (a link in our data, else P217 with
 * P195 = our collection) and the creators' items (a link in our data, else their authority ids: ULAN P245, VIAF P214,
 * RKD P650…). Search hits are always re-read and checked, since the search index lags and matches loosely. Several
 * candidates, or none for a creator, go to a person: never guess.
 */
public final class Reconciler {
    /** The artwork's item. */
    public sealed interface ItemMatch {
        record Matched(String qid, String how) implements ItemMatch {}
        record None() implements ItemMatch {}
        record Ambiguous(List<String> candidates, String how) implements ItemMatch {
            public Ambiguous { candidates = List.copyOf(candidates); }
        }
    }

    /** A creator's item, or why a person must choose. */
    public sealed interface CreatorMatch {
        record Resolved(String qid, String how) implements CreatorMatch {}
        record NeedsReview(String reason, List<String> candidates) implements CreatorMatch {
            public NeedsReview { candidates = List.copyOf(candidates); }
        }
    }

    private final WikidataSettings settings;
    private final WikibaseLookup wiki;

    public Reconciler(WikidataSettings settings, WikibaseLookup wiki) {
        this.settings = settings;
        this.wiki = wiki;
    }

    public ItemMatch findItem(HumanMadeObject o) throws WikibaseException {
        List<String> linked = linkedItems(o.equivalents());
        if (linked.size() == 1) return new ItemMatch.Matched(linked.get(0), "linked in the data");
        if (linked.size() > 1) return new ItemMatch.Ambiguous(linked, "several items linked in the data");

        Optional<String> inventory = o.identifiers().stream()
                .filter(i -> i.type() == Identifier.Type.ACCESSION_NUMBER).map(Identifier::value).findFirst();
        if (inventory.isEmpty()) return new ItemMatch.None();
        String p217 = settings.id(WikidataId.INVENTORY_NUMBER);
        List<String> hits = wiki.searchByStatement(p217, inventory.get());
        if (hits.isEmpty()) return new ItemMatch.None();
        List<String> inCollection = new ArrayList<>();
        for (ItemDocument item : wiki.getEntities(hits).values())
            if (hasInventoryNumber(item, inventory.get())) inCollection.add(item.getEntityId().getId());
        String how = p217 + " " + inventory.get() + " in " + settings.collection();
        return switch (inCollection.size()) {
            case 0 -> new ItemMatch.None();
            case 1 -> new ItemMatch.Matched(inCollection.get(0), how);
            default -> new ItemMatch.Ambiguous(inCollection, how);
        };
    }

    /** Every named, non-anonymous creator of the object, by agent id. */
    public Map<String, CreatorMatch> resolveCreators(HumanMadeObject o) throws WikibaseException {
        Map<String, CreatorMatch> out = new LinkedHashMap<>();
        if (o.production() == null) return out;
        for (Creator c : o.production().creators()) {
            if (out.containsKey(c.agent().id()) || WikidataProjection.isAnonymous(c.agent())) continue;
            out.put(c.agent().id(), resolveCreator(c.agent()));
        }
        return out;
    }

    public CreatorMatch resolveCreator(Agent agent) throws WikibaseException {
        List<String> linked = linkedItems(agent.equivalents());
        if (linked.size() == 1) return new CreatorMatch.Resolved(linked.get(0), "linked in the data");
        if (linked.size() > 1) return new CreatorMatch.NeedsReview(agent.label() + ": several items linked in the data", linked);

        Set<String> found = new LinkedHashSet<>();
        List<String> tried = new ArrayList<>();
        for (String uri : agent.equivalents()) {
            for (Map.Entry<String, WikidataId> authority : settings.authorities().entrySet()) {
                if (!uri.startsWith(authority.getKey())) continue;
                String id = uri.substring(authority.getKey().length());
                String pid = settings.id(authority.getValue());
                tried.add(pid + "=" + id);
                List<String> hits = wiki.searchByStatement(pid, id);
                if (hits.isEmpty()) continue;
                for (ItemDocument item : wiki.getEntities(hits).values())
                    if (hasString(item, pid, id)) found.add(item.getEntityId().getId());
            }
        }
        if (found.size() == 1) return new CreatorMatch.Resolved(found.iterator().next(), "by " + String.join(", ", tried));
        if (found.size() > 1)
            return new CreatorMatch.NeedsReview(agent.label() + ": several items for " + String.join(", ", tried), List.copyOf(found));
        return new CreatorMatch.NeedsReview(agent.label() + (tried.isEmpty() ? ": no Wikidata link and no authority id"
                : ": no item with " + String.join(", ", tried)), List.of());
    }

    private List<String> linkedItems(List<String> equivalents) {
        return equivalents.stream().filter(u -> u.startsWith(settings.siteIri()))
                .map(u -> u.substring(settings.siteIri().length())).filter(id -> id.matches("Q[1-9][0-9]*"))
                .distinct().toList();
    }

    /** P217 = the number, qualified P195 = our collection (the sum-of-all-paintings identity key). */
    private boolean hasInventoryNumber(ItemDocument item, String number) {
        String p195 = settings.id(WikidataId.COLLECTION);
        for (Statement s : statements(item, settings.id(WikidataId.INVENTORY_NUMBER))) {
            if (!isString(s.getValue(), number)) continue;
            for (SnakGroup g : s.getQualifiers()) {
                if (!g.getProperty().getId().equals(p195)) continue;
                for (Snak q : g.getSnaks())
                    if (q instanceof ValueSnak v && v.getValue() instanceof EntityIdValue e && e.getId().equals(settings.collection()))
                        return true;
            }
        }
        return false;
    }

    private static boolean hasString(ItemDocument item, String pid, String value) {
        return statements(item, pid).stream().anyMatch(s -> isString(s.getValue(), value));
    }

    private static List<Statement> statements(ItemDocument item, String pid) {
        return item.getStatementGroups().stream().filter(g -> g.getProperty().getId().equals(pid))
                .flatMap(g -> g.getStatements().stream()).toList();
    }

    private static boolean isString(Value v, String expected) {
        return v instanceof StringValue s && s.getString().equals(expected);
    }
}
