package org.glamlod.model.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Linked Art's extension terms ({@code la:}), CRMdig and the few other vocabularies the Linked Art profile uses. */
public final class LA {
    public static final String NS = "https://linked.art/ns/terms/";
    public static final String DIG_NS = "http://www.ics.forth.gr/isl/CRMdig/";
    public static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    public static final String DCTERMS_NS = "http://purl.org/dc/terms/";

    public static final Node Set = NodeFactory.createURI(NS + "Set");
    public static final Node DigitalService = NodeFactory.createURI(NS + "DigitalService");
    public static final Node member_of = NodeFactory.createURI(NS + "member_of");
    public static final Node equivalent = NodeFactory.createURI(NS + "equivalent");
    public static final Node access_point = NodeFactory.createURI(NS + "access_point");
    public static final Node digitally_shown_by = NodeFactory.createURI(NS + "digitally_shown_by");
    public static final Node digitally_carried_by = NodeFactory.createURI(NS + "digitally_carried_by");
    public static final Node digitally_available_via = NodeFactory.createURI(NS + "digitally_available_via");
    public static final Node current_permanent_custodian = NodeFactory.createURI(NS + "current_permanent_custodian");

    /** CRMdig's digital object class, as Linked Art names it. */
    public static final Node D1_Digital_Object = NodeFactory.createURI(DIG_NS + "D1_Digital_Object");
    public static final Node dc_format = NodeFactory.createURI(DC_NS + "format");
    public static final Node conformsTo = NodeFactory.createURI(DCTERMS_NS + "conformsTo");

    private LA() {}
}
