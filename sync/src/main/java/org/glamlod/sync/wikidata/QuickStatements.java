package org.glamlod.sync.wikidata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wikidata.wdtk.datamodel.interfaces.EntityIdValue;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.ItemUpdate;
import org.wikidata.wdtk.datamodel.interfaces.MonolingualTextValue;
import org.wikidata.wdtk.datamodel.interfaces.NoValueSnak;
import org.wikidata.wdtk.datamodel.interfaces.QuantityValue;
import org.wikidata.wdtk.datamodel.interfaces.Reference;
import org.wikidata.wdtk.datamodel.interfaces.Snak;
import org.wikidata.wdtk.datamodel.interfaces.SnakGroup;
import org.wikidata.wdtk.datamodel.interfaces.SomeValueSnak;
import org.wikidata.wdtk.datamodel.interfaces.Statement;
import org.wikidata.wdtk.datamodel.interfaces.StatementGroup;
import org.wikidata.wdtk.datamodel.interfaces.StringValue;
import org.wikidata.wdtk.datamodel.interfaces.TimeValue;
import org.wikidata.wdtk.datamodel.interfaces.Value;
import org.wikidata.wdtk.datamodel.interfaces.ValueSnak;

/**
 * The dry run's output: a {@link MergePlan} as QuickStatements V1 commands (tab-separated; {@code CREATE}/{@code LAST}
 * for a new item, {@code -Q…} lines for removals; qualifiers as property/value pairs, references as {@code S…} pairs)
 * that an operator can inspect or run by hand, and a readable diff. Nothing is sent.
 */
public final class QuickStatements {
    private QuickStatements() {}

    /** The commands for one plan; {@code current} is the item the update is based on (empty for a create). */
    public static List<String> commands(MergePlan plan, Optional<ItemDocument> current) {
        List<String> out = new ArrayList<>();
        if (plan instanceof MergePlan.Create c) {
            out.add("CREATE");
            terms(out, "LAST", "L", c.document().getLabels());
            terms(out, "LAST", "D", c.document().getDescriptions());
            for (StatementGroup g : c.document().getStatementGroups())
                for (Statement s : g.getStatements()) out.add(statement("LAST", s));
        } else if (plan instanceof MergePlan.Update u) {
            ItemUpdate up = u.update();
            String q = up.getEntityId().getId();
            terms(out, q, "L", up.getLabels().getModified());
            terms(out, q, "D", up.getDescriptions().getModified());
            Map<String, Statement> base = baseStatements(current);
            for (Statement s : up.getStatements().getAdded()) out.add(statement(q, s));
            for (Statement s : up.getStatements().getReplaced().values()) {
                Statement old = base.get(s.getStatementId());
                if (old != null) out.add(removal(q, old));
                out.add(statement(q, s));
            }
            for (String id : up.getStatements().getRemoved()) {
                Statement old = base.get(id);
                if (old != null) out.add(removal(q, old));
            }
        }
        return out;
    }

    /**
     * A person's view of the same plan, as a unified diff reads: {@code +} a line added, {@code -} a line removed, a
     * changed statement as its old line removed and its new line added.
     */
    public static String diff(String objectId, MergePlan plan, Optional<ItemDocument> current) {
        StringBuilder b = new StringBuilder();
        if (plan instanceof MergePlan.Unchanged) {
            b.append(objectId).append(": unchanged, no request\n");
        } else if (plan instanceof MergePlan.Create c) {
            b.append(objectId).append(": new item\n");
            c.document().getLabels().values().forEach(t -> b.append("+ label ").append(t.getLanguageCode()).append(": ").append(t.getText()).append('\n'));
            c.document().getDescriptions().values().forEach(t -> b.append("+ description ").append(t.getLanguageCode()).append(": ").append(t.getText()).append('\n'));
            for (StatementGroup g : c.document().getStatementGroups())
                for (Statement s : g.getStatements()) b.append("+ ").append(claimText(s)).append('\n');
        } else if (plan instanceof MergePlan.Update u) {
            ItemUpdate up = u.update();
            b.append(objectId).append(": update ").append(up.getEntityId().getId())
                    .append(" against revision ").append(up.getBaseRevisionId()).append('\n');
            up.getLabels().getModified().values().forEach(t -> b.append("+ label ").append(t.getLanguageCode()).append(": ").append(t.getText()).append('\n'));
            up.getDescriptions().getModified().values().forEach(t -> b.append("+ description ").append(t.getLanguageCode()).append(": ").append(t.getText()).append('\n'));
            Map<String, Statement> base = baseStatements(current);
            for (Statement s : up.getStatements().getAdded()) b.append("+ ").append(claimText(s)).append('\n');
            for (Statement s : up.getStatements().getReplaced().values()) {
                Statement old = base.get(s.getStatementId());
                if (old != null) b.append("- ").append(claimText(old)).append('\n');
                b.append("+ ").append(claimText(s)).append('\n');
            }
            for (String id : up.getStatements().getRemoved()) {
                Statement old = base.get(id);
                b.append("- ").append(old == null ? id : claimText(old)).append('\n');
            }
        }
        return b.toString();
    }

    private static Map<String, Statement> baseStatements(Optional<ItemDocument> current) {
        Map<String, Statement> out = new java.util.HashMap<>();
        current.ifPresent(d -> d.getStatementGroups().forEach(g -> g.getStatements().forEach(s -> out.put(s.getStatementId(), s))));
        return out;
    }

    private static void terms(List<String> out, String subject, String kind, Map<String, MonolingualTextValue> terms) {
        terms.values().forEach(t -> out.add(subject + "\t" + kind + t.getLanguageCode() + "\t" + quote(t.getText())));
    }

    /** QuickStatements removes a statement by its item, property and value. */
    private static String removal(String q, Statement old) {
        return "-" + q + "\t" + old.getMainSnak().getPropertyId().getId() + "\t" + snakValue(old.getMainSnak());
    }

    private static String statement(String subject, Statement s) {
        StringBuilder line = new StringBuilder(subject).append('\t').append(s.getMainSnak().getPropertyId().getId())
                .append('\t').append(snakValue(s.getMainSnak()));
        for (SnakGroup g : s.getQualifiers())
            for (Snak q : g.getSnaks()) line.append('\t').append(q.getPropertyId().getId()).append('\t').append(snakValue(q));
        // QuickStatements reads one reference per line; the first (ours) is the one we add
        if (!s.getReferences().isEmpty()) {
            Reference r = s.getReferences().get(0);
            for (Iterator<Snak> it = r.getAllSnaks(); it.hasNext(); ) {
                Snak snak = it.next();
                line.append("\tS").append(snak.getPropertyId().getId().substring(1)).append('\t').append(snakValue(snak));
            }
        }
        return line.toString();
    }

    private static String claimText(Statement s) {
        StringBuilder t = new StringBuilder(s.getMainSnak().getPropertyId().getId()).append(' ').append(snakValue(s.getMainSnak()));
        for (SnakGroup g : s.getQualifiers())
            for (Snak q : g.getSnaks()) t.append(" [").append(q.getPropertyId().getId()).append(' ').append(snakValue(q)).append(']');
        return t.toString();
    }

    static String snakValue(Snak snak) {
        if (snak instanceof SomeValueSnak) return "somevalue";
        if (snak instanceof NoValueSnak) return "novalue";
        return value(((ValueSnak) snak).getValue());
    }

    /** QuickStatements V1 value syntax. */
    static String value(Value v) {
        if (v instanceof EntityIdValue e) return e.getId();
        if (v instanceof StringValue s) return quote(s.getString());
        if (v instanceof MonolingualTextValue m) return m.getLanguageCode() + ":" + quote(m.getText());
        if (v instanceof QuantityValue q) {
            BigDecimal n = q.getNumericValue();
            String unit = q.getUnit();
            return n.toPlainString() + ("1".equals(unit) ? "" : "U" + unit.substring(unit.lastIndexOf('Q') + 1));
        }
        if (v instanceof TimeValue t) {
            return String.format("%s%04d-%02d-%02dT00:00:00Z/%d", t.getYear() < 0 ? "-" : "+", Math.abs(t.getYear()),
                    t.getMonth(), t.getDay(), t.getPrecision());
        }
        throw new IllegalArgumentException("no QuickStatements syntax for " + v);
    }

    /** QuickStatements has no escape for a double quote inside a string, so it becomes a typographic one. */
    private static String quote(String text) {
        return "\"" + text.replace('"', '\u201D').replace('\t', ' ').replace('\n', ' ') + "\"";
    }
}
