package org.glamlod.model.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * CIDOC-CRM 7.1.3 terms, as Linked Art uses them (namespace {@code http://www.cidoc-crm.org/cidoc-crm/}).
 * CRM 7.1.3's RDFS has no E55_Type: types are {@code skos:Concept} (the range of P2_has_type), see {@link #TYPE}.
 */
public final class CRM {
    public static final String NS = "http://www.cidoc-crm.org/cidoc-crm/";

    // classes
    public static final Node E12_Production = term("E12_Production");
    public static final Node E21_Person = term("E21_Person");
    public static final Node E22_Human_Made_Object = term("E22_Human-Made_Object");
    public static final Node E30_Right = term("E30_Right");
    public static final Node E33_Linguistic_Object = term("E33_Linguistic_Object");
    public static final Node E33_E41_Linguistic_Appellation = term("E33_E41_Linguistic_Appellation");
    public static final Node E36_Visual_Item = term("E36_Visual_Item");
    public static final Node E42_Identifier = term("E42_Identifier");
    public static final Node E52_Time_Span = term("E52_Time-Span");
    public static final Node E53_Place = term("E53_Place");
    public static final Node E54_Dimension = term("E54_Dimension");
    public static final Node E56_Language = term("E56_Language");
    public static final Node E57_Material = term("E57_Material");
    public static final Node E58_Measurement_Unit = term("E58_Measurement_Unit");
    public static final Node E66_Formation = term("E66_Formation");
    public static final Node E67_Birth = term("E67_Birth");
    public static final Node E68_Dissolution = term("E68_Dissolution");
    public static final Node E69_Death = term("E69_Death");
    public static final Node E74_Group = term("E74_Group");

    /** The class of types (classifications, materials' broader class): {@code skos:Concept} in CRM 7.1.3 RDFS. */
    public static final Node TYPE = org.apache.jena.vocabulary.SKOS.Concept.asNode();

    // properties
    public static final Node P1_is_identified_by = term("P1_is_identified_by");
    public static final Node P2_has_type = term("P2_has_type");
    public static final Node P4_has_time_span = term("P4_has_time-span");
    public static final Node P7_took_place_at = term("P7_took_place_at");
    public static final Node P9_consists_of = term("P9_consists_of");
    public static final Node P14_carried_out_by = term("P14_carried_out_by");
    public static final Node P15_was_influenced_by = term("P15_was_influenced_by");
    public static final Node P32_used_general_technique = term("P32_used_general_technique");
    public static final Node P43_has_dimension = term("P43_has_dimension");
    public static final Node P45_consists_of = term("P45_consists_of");
    public static final Node P46_is_composed_of = term("P46_is_composed_of");
    public static final Node P52_has_current_owner = term("P52_has_current_owner");
    public static final Node P65_shows_visual_item = term("P65_shows_visual_item");
    public static final Node P67i_is_referred_to_by = term("P67i_is_referred_to_by");
    public static final Node P72_has_language = term("P72_has_language");
    public static final Node P82a_begin_of_the_begin = term("P82a_begin_of_the_begin");
    public static final Node P82b_end_of_the_end = term("P82b_end_of_the_end");
    public static final Node P90_has_value = term("P90_has_value");
    public static final Node P91_has_unit = term("P91_has_unit");
    public static final Node P95i_was_formed_by = term("P95i_was_formed_by");
    public static final Node P98i_was_born = term("P98i_was_born");
    public static final Node P99i_was_dissolved_by = term("P99i_was_dissolved_by");
    public static final Node P100i_died_in = term("P100i_died_in");
    public static final Node P104_is_subject_to = term("P104_is_subject_to");
    public static final Node P108i_was_produced_by = term("P108i_was_produced_by");
    public static final Node P129_is_about = term("P129_is_about");
    public static final Node P129i_is_subject_of = term("P129i_is_subject_of");
    public static final Node P138i_has_representation = term("P138i_has_representation");
    public static final Node P190_has_symbolic_content = term("P190_has_symbolic_content");

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private CRM() {}
}
