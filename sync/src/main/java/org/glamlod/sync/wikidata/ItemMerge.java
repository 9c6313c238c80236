package org.glamlod.sync.wikidata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.wikidata.wdtk.datamodel.helpers.Datamodel;
import org.wikidata.wdtk.datamodel.helpers.ItemUpdateBuilder;
import org.wikidata.wdtk.datamodel.helpers.StatementUpdateBuilder;
import org.wikidata.wdtk.datamodel.helpers.TermUpdateBuilder;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.ItemIdValue;
import org.wikidata.wdtk.datamodel.interfaces.ItemUpdate;
import org.wikidata.wdtk.datamodel.interfaces.MonolingualTextValue;
import org.wikidata.wdtk.datamodel.interfaces.Reference;
import org.wikidata.wdtk.datamodel.interfaces.Snak;
import org.wikidata.wdtk.datamodel.interfaces.SnakGroup;
import org.wikidata.wdtk.datamodel.interfaces.Statement;
import org.wikidata.wdtk.datamodel.interfaces.StatementGroup;
import org.wikidata.wdtk.datamodel.interfaces.TermUpdate;

/**
 * The merge policy, as a pure function of the item as it is, the item as we would have it, and how our references
 * look:
 * <ul>
 *   <li>a desired statement whose value and qualifiers are already there (anyone's) is not added again;</li>
 *   <li>a statement only we source whose value changed at the museum is replaced in place (same statement id);
 *       one we source that the museum no longer states is removed;</li>
 *   <li>statements others made or co-sourced are never removed or changed; for single-valued properties (P571,
 *       dimensions, P18, P6216) we do not add a rival value next to theirs;</li>
 *   <li>labels and descriptions are set only in languages that have none.</li>
 * </ul>
 */
public final class ItemMerge {
    private final ReferenceIdentity ours;
    private final Set<String> singleValued;
    private final String retrievedPid;

    public ItemMerge(WikidataSettings settings, ReferenceIdentity ours) {
        this.ours = ours;
        this.retrievedPid = settings.id(WikidataId.RETRIEVED);
        this.singleValued = Set.of(WikidataId.INCEPTION, WikidataId.HEIGHT, WikidataId.WIDTH, WikidataId.THICKNESS,
                WikidataId.DIAMETER, WikidataId.MASS, WikidataId.IMAGE, WikidataId.COPYRIGHT_STATUS)
                .stream().map(settings::id).collect(Collectors.toUnmodifiableSet());
    }

    /** @param current the item as the wiki has it (with its revision id), or empty when there is none yet */
    public MergePlan plan(Optional<ItemDocument> current, ItemDocument desired) {
        if (current.isEmpty()) return new MergePlan.Create(desired);
        ItemDocument remote = current.get();
        ItemDocument wanted = desired.withEntityId(remote.getEntityId());
        ItemIdValue subject = remote.getEntityId();
        StatementUpdateBuilder statements = StatementUpdateBuilder.forStatementGroups(remote.getEntityId(), remote.getStatementGroups());

        Map<String, List<Statement>> wantedByProperty = byProperty(wanted.getStatementGroups());
        // the projection's statements belong to the placeholder item; make them the remote item's
        wantedByProperty.replaceAll((p, list) -> list.stream().map(st -> withSubject(st, subject)).toList());
        Map<String, List<Statement>> remoteByProperty = byProperty(remote.getStatementGroups());
        Set<String> properties = new java.util.LinkedHashSet<>(wantedByProperty.keySet());
        remoteByProperty.forEach((p, list) -> { if (list.stream().anyMatch(ours::isOurs)) properties.add(p); });

        for (String p : properties) {
            List<Statement> there = remoteByProperty.getOrDefault(p, List.of());
            Set<String> matched = new HashSet<>();
            List<Statement> missing = new ArrayList<>();
            List<Statement> seen = new ArrayList<>();
            for (Statement d : wantedByProperty.getOrDefault(p, List.of())) {
                if (seen.stream().anyMatch(e -> sameClaim(e, d))) continue; // one claim is stated once
                seen.add(d);
                Optional<Statement> same = there.stream()
                        .filter(r -> !matched.contains(r.getStatementId()) && sameClaim(r, d)).findFirst();
                if (same.isEmpty()) {
                    missing.add(d);
                    continue;
                }
                Statement r = same.get();
                matched.add(r.getStatementId());
                // our own statement whose source moved (another page URL, another database): refresh its references
                if (ours.isOurs(r) && !sources(r).equals(sources(d)))
                    statements.replace(d.withStatementId(r.getStatementId()));
            }
            List<Statement> obsolete = new ArrayList<>(there.stream()
                    .filter(r -> !matched.contains(r.getStatementId()) && ours.isOurs(r)).toList());
            boolean othersHold = there.stream().anyMatch(r -> !ours.isOurs(r));
            for (Statement d : missing) {
                if (!obsolete.isEmpty()) statements.replace(d.withStatementId(obsolete.remove(0).getStatementId()));
                else if (!(singleValued.contains(p) && othersHold)) statements.add(d);
            }
            for (Statement o : obsolete) statements.remove(o.getStatementId());
        }

        ItemUpdate update = ItemUpdateBuilder.forBaseRevision(remote)
                .updateStatements(statements.build())
                .updateLabels(missingTerms(remote.getLabels(), wanted.getLabels()))
                .updateDescriptions(missingTerms(remote.getDescriptions(), wanted.getDescriptions()))
                .build();
        return update.isEmpty() ? new MergePlan.Unchanged() : new MergePlan.Update(update);
    }

    /**
     * The community's fix for {@code wikibase-validator-label-with-description-conflict}: the same label and
     * description already belong to another item, so the description in that language gets the collection's short
     * name and the inventory number, e.g. "painting by Vilhelm Hammershøi (SMK KMS3696)". Empty when the error is
     * another one or the description already carries that suffix (then a person must look).
     */
    public static Optional<ItemDocument> resolveDescriptionCollision(ItemDocument desired, WikibaseException error,
                                                                     String collectionShortName, String inventoryNumber) {
        if (!(error instanceof WikibaseException.FailedSave failed)) return Optional.empty();
        Optional<String> language = failed.labelDescriptionConflictLanguage();
        if (language.isEmpty()) return Optional.empty();
        MonolingualTextValue description = desired.getDescriptions().get(language.get());
        if (description == null) return Optional.empty();
        String suffix = " (" + (collectionShortName.isBlank() ? "" : collectionShortName + " ") + inventoryNumber + ")";
        if (description.getText().endsWith(suffix)) return Optional.empty();
        return Optional.of(desired.withDescription(
                Datamodel.makeMonolingualTextValue(description.getText() + suffix, language.get())));
    }

    private static Statement withSubject(Statement s, ItemIdValue subject) {
        return Datamodel.makeStatement(Datamodel.makeClaim(subject, s.getMainSnak(), s.getQualifiers()),
                s.getReferences(), s.getRank(), s.getStatementId());
    }

    private static TermUpdate missingTerms(Map<String, MonolingualTextValue> there, Map<String, MonolingualTextValue> wanted) {
        TermUpdateBuilder b = TermUpdateBuilder.forTerms(there.values());
        wanted.forEach((lang, term) -> { if (!there.containsKey(lang)) b.put(term); });
        return b.build();
    }

    private static Map<String, List<Statement>> byProperty(List<StatementGroup> groups) {
        Map<String, List<Statement>> out = new LinkedHashMap<>();
        for (StatementGroup g : groups) out.computeIfAbsent(g.getProperty().getId(), k -> new ArrayList<>()).addAll(g.getStatements());
        return out;
    }

    /** Same main snak and the same qualifiers in any order: the statement says the same thing. */
    static boolean sameClaim(Statement a, Statement b) {
        return a.getMainSnak().equals(b.getMainSnak()) && snaks(a.getQualifiers()).equals(snaks(b.getQualifiers()));
    }

    private static Set<Snak> snaks(List<SnakGroup> groups) {
        Set<Snak> out = new HashSet<>();
        for (SnakGroup g : groups) out.addAll(g.getSnaks());
        return out;
    }

    /** The references without their retrieval date, which moves with every change at the museum. */
    private Set<Set<Snak>> sources(Statement s) {
        Set<Set<Snak>> out = new HashSet<>();
        for (Reference r : s.getReferences()) {
            Set<Snak> snaks = new HashSet<>();
            for (Iterator<Snak> it = r.getAllSnaks(); it.hasNext(); ) {
                Snak snak = it.next();
                if (!snak.getPropertyId().getId().equals(retrievedPid)) snaks.add(snak);
            }
            out.add(snaks);
        }
        return out;
    }
}
