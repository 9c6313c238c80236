package org.glamlod.model.vocab;

/**
 * Getty AAT terms the Linked Art profile requires or recommends, as full URIs in the form Europeana and
 * Linked Art dereference ({@code http://vocab.getty.edu/aat/…}).
 */
public final class AAT {
    public static final String NS = "http://vocab.getty.edu/aat/";

    // identifiers and names
    public static final String ACCESSION_NUMBER = NS + "300312355";
    public static final String SYSTEM_NUMBER = NS + "300435704";
    public static final String LOCAL_NUMBER = NS + "300404621";
    public static final String PRIMARY_NAME = NS + "300404670";
    public static final String ALTERNATE_TITLE = NS + "300417227";
    public static final String DISPLAY_NAME = NS + "300404669";

    // meta-types: what a classification is
    public static final String TYPE_OF_WORK = NS + "300435443";
    public static final String STATEMENT = NS + "300418049";
    public static final String NATIONALITY = NS + "300379842";

    // statements
    public static final String DESCRIPTION = NS + "300435416";
    public static final String MATERIALS_STATEMENT = NS + "300435429";
    public static final String DIMENSIONS_STATEMENT = NS + "300435430";
    public static final String CREDIT_LINE = NS + "300026687";
    public static final String PROVENANCE_STATEMENT = NS + "300435438";
    public static final String RIGHTS_STATEMENT = NS + "300435434";
    public static final String INSCRIPTION = NS + "300435414";
    public static final String SIGNATURE = NS + "300028705";
    public static final String BIBLIOGRAPHY = NS + "300026497";

    // dimensions and units
    public static final String HEIGHT = NS + "300055644";
    public static final String WIDTH = NS + "300055647";
    public static final String DEPTH = NS + "300072633";
    public static final String DIAMETER = NS + "300055624";
    public static final String WEIGHT = NS + "300056240";
    public static final String MILLIMETRES = NS + "300379097";
    public static final String CENTIMETRES = NS + "300379098";
    public static final String METRES = NS + "300379099";
    public static final String INCHES = NS + "300379100";
    public static final String FEET = NS + "300379101";
    public static final String GRAMS = NS + "300379225";
    public static final String KILOGRAMS = NS + "300379226";
    public static final String POUNDS = NS + "300379254";

    // parts and digital things
    public static final String SUPPORT = NS + "300014844";
    public static final String DIGITAL_IMAGE = NS + "300215302";
    public static final String WEB_PAGE = NS + "300264578";

    private AAT() {}
}
