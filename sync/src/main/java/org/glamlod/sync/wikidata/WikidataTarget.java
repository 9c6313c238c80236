package org.glamlod.sync.wikidata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.glamlod.model.Agent;
import org.glamlod.model.Creator;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.rdf.ObjectGraphReader;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.vocab.LA;
import org.glamlod.sync.core.Preview;
import org.glamlod.sync.core.Projection;
import org.glamlod.sync.core.RightsGate;
import org.glamlod.sync.core.SyncItem;
import org.glamlod.sync.core.SyncTarget;
import org.glamlod.sync.core.TargetException;
import org.wikidata.wdtk.datamodel.helpers.JsonSerializer;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.SiteLink;

/**
 * Wikidata as a sync target: the parts of this package put on the shared loop. Per object:
 * <ol>
 * <li>{@link #project}: the item the object should be ({@link WikidataProjection}), with the creators the data
 * links to Wikidata; its fingerprint leaves out the retrieval date (P813), so only a change of what the item says
 * makes the object due again;</li>
 * <li>{@link #reconcile}: an item already linked in the data, or found by inventory number in the collection;</li>
 * <li>{@link #push}: creators resolved (links in the data, then authority ids), the item projected with today's
 * retrieval date, merged with the item as it is now ({@link ItemMerge}: others' statements, labels and
 * descriptions stay), and sent as one {@code wbeditentity}, or nothing when the item already says it all. An edit
 * conflict re-reads the item and merges again; a label and description clash appends the inventory number.</li>
 * </ol>
 * A dry run's {@link #preview} does the same reads and the same merge, and shows the plan as a diff and as
 * QuickStatements instead of sending it.
 * Wikidata does not require open rights (it holds facts, not images), so the rights gate is off for this target.
 */
public final class WikidataTarget implements SyncTarget<WikidataTarget.Draft> {
    public static final String NAME = "wikidata";
    private static final String ENTITY = "http://www.wikidata.org/entity/";
    /** The projection's retrieval date for fingerprints: any fixed date, so P813 alone never makes an object due. */
    private static final LocalDate FINGERPRINT_DATE = LocalDate.of(2000, 1, 1);
    private static final int CONFLICT_RETRIES = 3;
    private static final String SUMMARY = "Artwork data from the museum's collection (glam-lod)";

    /**
     * What {@link #push} works from.
     *
     * @param object          the object as the graph says it
     * @param inventoryNumber its inventory number (P217)
     */
    public record Draft(HumanMadeObject object, String inventoryNumber) {}

    private final WikidataSettings settings;
    private final WikidataProjection projection;
    private final ObjectGraphReader reader;
    private final WikibaseClient client;
    private final Reconciler reconciler;
    private final ItemMerge merge;
    private final Clock clock;
    /** Each item's Wikipedia articles as last read, for the links written back. */
    private final Map<String, List<SiteLink>> sitelinks = new ConcurrentHashMap<>();

    public WikidataTarget(WikidataSettings settings, UriScheme uris, WikibaseClient client, Clock clock) {
        this.settings = settings;
        this.projection = new WikidataProjection(settings, uris);
        this.reader = new ObjectGraphReader(uris);
        this.client = client;
        this.reconciler = new Reconciler(settings, client);
        this.merge = new ItemMerge(settings, ReferenceIdentity.of(settings, List.of(uris.base())));
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RightsGate.Scope openRights() {
        return RightsGate.Scope.NONE;
    }

    @Override
    public Projection<Draft> project(SyncItem item) {
        HumanMadeObject o = reader.read(item.graph(), NodeFactory.createURI(item.object()));
        Map<String, String> linked = linkedCreators(o);
        List<String> unlinked = unlinkedCreators(o, linked);
        ProjectionResult r = projection.project(o, new ProjectionContext(null, withPlaceholders(linked, unlinked),
                FINGERPRINT_DATE, LocalDate.now(clock)));
        if (r instanceof ProjectionResult.Projected p)
            return Projection.ready(new Draft(o, p.inventoryNumber()), canonical(p.item()), describe(o, p, unlinked));
        return Projection.review(String.join("; ", ((ProjectionResult.NotProjectable) r).reasons()));
    }

    /**
     * Creators without a Wikidata link in the data are resolved only when pushing (by authority id, remotely);
     * until then each stands in the fingerprinted item as a placeholder named after the agent, so the fingerprint
     * stays a function of the graph.
     */
    private static Map<String, String> withPlaceholders(Map<String, String> linked, List<String> unlinked) {
        Map<String, String> all = new HashMap<>(linked);
        for (int i = 0; i < unlinked.size(); i++) all.put(unlinked.get(i), "Q" + (Integer.MAX_VALUE - i));
        return all;
    }

    /** Wikibase's JSON of the item: the projection builds statements in a fixed order, so equal items, equal text. */
    private static String canonical(ItemDocument item) {
        try {
            return JsonSerializer.getJsonString(item);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the projected item as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String describe(HumanMadeObject o, ProjectionResult.Projected p, List<String> unlinked) {
        StringBuilder sb = new StringBuilder("Wikidata item for ").append(o.id()).append(" (P217 ").append(p.inventoryNumber()).append(")\n");
        sb.append(String.join("\n", QuickStatements.commands(new MergePlan.Create(p.item()), Optional.empty()))).append('\n');
        if (!unlinked.isEmpty())
            sb.append("Creators to find by authority id before sending (placeholders above): ").append(String.join(", ", unlinked)).append('\n');
        p.notes().forEach(n -> sb.append("Note: ").append(n).append('\n'));
        return sb.toString();
    }

    @Override
    public Optional<String> reconcile(SyncItem item, Draft draft) throws TargetException {
        try {
            Reconciler.ItemMatch match = reconciler.findItem(draft.object());
            if (match instanceof Reconciler.ItemMatch.Matched m) return Optional.of(m.qid());
            if (match instanceof Reconciler.ItemMatch.Ambiguous a) throw ambiguous(a);
            return Optional.empty();
        } catch (WikibaseException e) {
            throw translate(e);
        }
    }

    private TargetException ambiguous(Reconciler.ItemMatch.Ambiguous a) {
        return new TargetException(TargetException.Kind.NEEDS_REVIEW, "ambiguous",
                "several items may be this object (" + a.how() + "): " + candidates(a.candidates()));
    }

    /** Candidates as entity URIs, which the dashboard shows as links for the reviewer to open. */
    private String candidates(List<String> qids) {
        return String.join(", ", qids.stream().map(q -> settings.siteIri() + q).toList());
    }

    @Override
    public String push(SyncItem item, Draft draft, String remoteId) throws TargetException {
        try {
            ItemDocument desired = desired(draft);
            for (int attempt = 1; ; attempt++) {
                Optional<ItemDocument> current = current(remoteId);
                try {
                    return send(merge.plan(current, desired), remoteId, draft);
                } catch (WikibaseException.EditConflict e) {
                    if (attempt >= CONFLICT_RETRIES) throw e;
                }
            }
        } catch (WikibaseException e) {
            throw translate(e);
        }
    }

    /**
     * The dry run's view: the item found as {@link #reconcile} finds it, creators resolved as {@link #push} resolves
     * them, and the merge with the item as it is now, as a diff and as QuickStatements. Reads only.
     */
    @Override
    public Optional<Preview> preview(SyncItem item, Draft draft) throws TargetException {
        try {
            String remoteId = item.remoteId();
            String found = null;
            if (remoteId == null) {
                Reconciler.ItemMatch match = reconciler.findItem(draft.object());
                if (match instanceof Reconciler.ItemMatch.Ambiguous a) throw ambiguous(a);
                if (match instanceof Reconciler.ItemMatch.Matched m) {
                    remoteId = m.qid();
                    found = m.how();
                }
            }
            ItemDocument desired = desired(draft);
            Optional<ItemDocument> current = current(remoteId);
            MergePlan plan = merge.plan(current, desired);
            return Optional.of(new Preview(remoteId, found, !(plan instanceof MergePlan.Unchanged),
                    QuickStatements.diff(draft.object().id(), plan, current), QuickStatements.commands(plan, current)));
        } catch (WikibaseException e) {
            throw translate(e);
        }
    }

    /** QuickStatements V1, which the community's tool runs as a batch. */
    @Override
    public Optional<String> batchSuffix() {
        return Optional.of(".qs");
    }

    /** The item as it is now (and its Wikipedia articles noted for the links); empty for an item yet to be created. */
    private Optional<ItemDocument> current(String remoteId) throws WikibaseException, TargetException {
        if (remoteId == null) return Optional.empty();
        ItemDocument current = client.getEntities(List.of(remoteId)).get(remoteId);
        if (current == null)
            throw new TargetException(TargetException.Kind.NEEDS_REVIEW, "missing-item",
                    remoteId + " no longer exists (deleted or merged): check it and link the right item");
        sitelinks.put(remoteId, List.copyOf(current.getSiteLinks().values()));
        return Optional.of(current);
    }

    /** The item with every creator resolved and today's retrieval date; a creator a person must choose stops it. */
    private ItemDocument desired(Draft draft) throws WikibaseException, TargetException {
        Map<String, String> qids = new HashMap<>();
        List<String> review = new ArrayList<>();
        for (Map.Entry<String, Reconciler.CreatorMatch> c : reconciler.resolveCreators(draft.object()).entrySet()) {
            if (c.getValue() instanceof Reconciler.CreatorMatch.Resolved r) qids.put(c.getKey(), r.qid());
            else if (c.getValue() instanceof Reconciler.CreatorMatch.NeedsReview n) review.add(n.reason()
                    + (n.candidates().isEmpty() ? "" : " (candidates: " + candidates(n.candidates()) + ")"));
        }
        if (!review.isEmpty()) throw new TargetException(TargetException.Kind.NEEDS_REVIEW, "creator", String.join("; ", review));
        LocalDate today = LocalDate.now(clock);
        ProjectionResult r = projection.project(draft.object(), new ProjectionContext(null, qids, today, today));
        if (r instanceof ProjectionResult.Projected p) return p.item();
        throw new TargetException(TargetException.Kind.NEEDS_REVIEW, "projection",
                String.join("; ", ((ProjectionResult.NotProjectable) r).reasons()));
    }

    private String send(MergePlan plan, String remoteId, Draft draft) throws WikibaseException {
        if (plan instanceof MergePlan.Create c) return create(c.document(), draft);
        if (plan instanceof MergePlan.Update u) client.edit(u.update(), SUMMARY);
        return remoteId;
    }

    private String create(ItemDocument item, Draft draft) throws WikibaseException {
        try {
            return client.create(item, SUMMARY).qid();
        } catch (WikibaseException.FailedSave e) {
            Optional<ItemDocument> fixed = ItemMerge.resolveDescriptionCollision(item, e, settings.collectionShortName(),
                    draft.inventoryNumber());
            if (fixed.isEmpty()) throw e;
            return client.create(fixed.get(), SUMMARY).qid();
        }
    }

    /** The item as {@code la:equivalent}, and its Wikipedia articles ({@code schema:about}) as last read. */
    @Override
    public Graph links(String object, String remoteId) {
        Graph g = GraphFactory.createDefaultGraph();
        var item = NodeFactory.createURI(ENTITY + remoteId);
        g.add(Triple.create(NodeFactory.createURI(object), LA.equivalent, item));
        for (SiteLink link : sitelinks.getOrDefault(remoteId, List.of())) {
            String url = articleUrl(link);
            if (url != null) g.add(Triple.create(NodeFactory.createURI(url), NodeFactory.createURI("http://schema.org/about"), item));
        }
        return g;
    }

    /** {@code enwiki} → {@code https://en.wikipedia.org/wiki/Title}; other projects' links are left out. */
    static String articleUrl(SiteLink link) {
        String site = link.getSiteKey();
        if (!site.endsWith("wiki") || site.equals("commonswiki") || site.equals("specieswiki") || site.equals("wikidatawiki"))
            return null;
        String language = site.substring(0, site.length() - "wiki".length()).replace('_', '-');
        return "https://" + language + ".wikipedia.org/wiki/" + link.getPageTitle().replace(' ', '_');
    }

    private static Map<String, String> linkedCreators(HumanMadeObject o) {
        Map<String, String> out = new HashMap<>();
        for (Agent a : creators(o)) {
            List<String> items = a.equivalents().stream().filter(u -> u.startsWith(ENTITY)).toList();
            if (items.size() == 1) out.put(a.id(), items.get(0).substring(ENTITY.length()));
        }
        return out;
    }

    private static List<String> unlinkedCreators(HumanMadeObject o, Map<String, String> linked) {
        return creators(o).stream().filter(a -> !linked.containsKey(a.id()) && !WikidataProjection.isAnonymous(a))
                .map(Agent::id).distinct().sorted().toList();
    }

    private static List<Agent> creators(HumanMadeObject o) {
        return o.production() == null ? List.of() : o.production().creators().stream().map(Creator::agent).toList();
    }

    /** The wiki's answers as the loop understands them: wait and retry, retry later, or a person must look. */
    static TargetException translate(WikibaseException e) {
        if (e instanceof WikibaseException.MaxLag m)
            return new TargetException(TargetException.Kind.RATE_LIMITED, e.code(), e.getMessage(), m.retryAfter());
        if (e instanceof WikibaseException.RateLimited r)
            return new TargetException(TargetException.Kind.RATE_LIMITED, e.code(), e.getMessage(), r.retryAfter());
        if (e instanceof WikibaseException.BadToken || e instanceof WikibaseException.EditConflict
                || e instanceof WikibaseException.Transport)
            return new TargetException(TargetException.Kind.RETRYABLE, e.code(), e.getMessage());
        // a failed save names what the wiki refused (a constraint, a clash no suffix fixes): a person looks
        if (e instanceof WikibaseException.FailedSave)
            return new TargetException(TargetException.Kind.NEEDS_REVIEW, e.code(), e.getMessage());
        return new TargetException(TargetException.Kind.PERMANENT, e.code(), e.getMessage());
    }
}
