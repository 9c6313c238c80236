package org.glamlod.mappings.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RightsParserTest {
    private static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    private static final String PDM = "http://creativecommons.org/publicdomain/mark/1.0/";
    /** Europeana's edm:rights patterns for the statements and licences it accepts (metis-schema schematron). */
    private static final Pattern EUROPEANA = Pattern.compile(
            "http://creativecommons\\.org/publicdomain/(zero|mark)/1\\.0/"
                    + "|http://creativecommons\\.org/licenses/(by|by-sa|by-nd|by-nc|by-nc-sa|by-nc-nd)/4\\.0/"
                    + "|http://creativecommons\\.org/licenses/(by|by-sa|by-nd|by-nc|by-nc-sa|by-nc-nd)/[1-3]\\.[05]/([a-z]{2}/)?"
                    + "|http://rightsstatements\\.org/vocab/(NoC-NC|NoC-OKLR|InC|InC-EDU|InC-OW-EU|CNE)/1\\.0/");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            # URIs in every common spelling
            http://creativecommons.org/publicdomain/zero/1.0/              => http://creativecommons.org/publicdomain/zero/1.0/
            https://creativecommons.org/publicdomain/zero/1.0/             => http://creativecommons.org/publicdomain/zero/1.0/
            http://creativecommons.org/publicdomain/zero/1.0               => http://creativecommons.org/publicdomain/zero/1.0/
            https://creativecommons.org/publicdomain/zero/1.0/deed.en      => http://creativecommons.org/publicdomain/zero/1.0/
            https://creativecommons.org/publicdomain/zero/1.0/legalcode    => http://creativecommons.org/publicdomain/zero/1.0/
            https://creativecommons.org/publicdomain/zero/1.0/legalcode.da => http://creativecommons.org/publicdomain/zero/1.0/
            https://www.creativecommons.org/publicdomain/zero/1.0/         => http://creativecommons.org/publicdomain/zero/1.0/
            creativecommons.org/publicdomain/zero/1.0/                     => http://creativecommons.org/publicdomain/zero/1.0/
            ` https://creativecommons.org/publicdomain/zero/1.0/ `         => http://creativecommons.org/publicdomain/zero/1.0/
            https://creativecommons.org/share-your-work/public-domain/cc0/ => http://creativecommons.org/publicdomain/zero/1.0/
            https://creativecommons.org/publicdomain/mark/1.0/             => http://creativecommons.org/publicdomain/mark/1.0/
            https://creativecommons.org/publicdomain/mark/1.0/deed.de      => http://creativecommons.org/publicdomain/mark/1.0/
            https://creativecommons.org/share-your-work/public-domain/pdm  => http://creativecommons.org/publicdomain/mark/1.0/
            https://creativecommons.org/licenses/by/4.0/                   => http://creativecommons.org/licenses/by/4.0/
            https://creativecommons.org/licenses/by/4.0                    => http://creativecommons.org/licenses/by/4.0/
            https://creativecommons.org/licenses/by-sa/4.0/deed.en         => http://creativecommons.org/licenses/by-sa/4.0/
            https://creativecommons.org/licenses/by-sa/4.0/legalcode       => http://creativecommons.org/licenses/by-sa/4.0/
            https://creativecommons.org/licenses/by-nc-nd/4.0/?ref=chooser => http://creativecommons.org/licenses/by-nc-nd/4.0/
            HTTPS://CreativeCommons.org/Licenses/BY-NC/4.0/                => http://creativecommons.org/licenses/by-nc/4.0/
            http://creativecommons.org/licenses/by/3.0/nl/deed.nl          => http://creativecommons.org/licenses/by/3.0/nl/
            http://creativecommons.org/licenses/by-sa/2.5/                 => http://creativecommons.org/licenses/by-sa/2.5/
            http://creativecommons.org/licenses/by-nd/1.0/#top             => http://creativecommons.org/licenses/by-nd/1.0/
            http://rightsstatements.org/vocab/InC/1.0/                     => http://rightsstatements.org/vocab/InC/1.0/
            https://rightsstatements.org/vocab/InC/1.0                     => http://rightsstatements.org/vocab/InC/1.0/
            https://rightsstatements.org/page/InC/1.0/?language=en         => http://rightsstatements.org/vocab/InC/1.0/
            http://rightsstatements.org/vocab/inc-edu/1.0/                 => http://rightsstatements.org/vocab/InC-EDU/1.0/
            http://rightsstatements.org/vocab/InC-OW-EU/1.0/               => http://rightsstatements.org/vocab/InC-OW-EU/1.0/
            http://rightsstatements.org/vocab/NoC-NC/1.0/                  => http://rightsstatements.org/vocab/NoC-NC/1.0/
            http://rightsstatements.org/vocab/NoC-OKLR/1.0/                => http://rightsstatements.org/vocab/NoC-OKLR/1.0/
            http://rightsstatements.org/vocab/CNE/1.0/                     => http://rightsstatements.org/vocab/CNE/1.0/
            http://rightsstatements.org/vocab/NoC-US/1.0/                  => http://rightsstatements.org/vocab/NoC-US/1.0/
            http://rightsstatements.org/vocab/UND/1.0/                     => http://rightsstatements.org/vocab/UND/1.0/
            # names
            CC0                                                            => http://creativecommons.org/publicdomain/zero/1.0/
            cc0                                                            => http://creativecommons.org/publicdomain/zero/1.0/
            CC0 1.0                                                        => http://creativecommons.org/publicdomain/zero/1.0/
            CC0-1.0                                                        => http://creativecommons.org/publicdomain/zero/1.0/
            CC0 1.0 Universal                                              => http://creativecommons.org/publicdomain/zero/1.0/
            CC0 1.0 Universal (CC0 1.0) Public Domain Dedication           => http://creativecommons.org/publicdomain/zero/1.0/
            CC Zero                                                        => http://creativecommons.org/publicdomain/zero/1.0/
            Public Domain                                                  => http://creativecommons.org/publicdomain/mark/1.0/
            public domain.                                                 => http://creativecommons.org/publicdomain/mark/1.0/
            Public Domain Mark                                             => http://creativecommons.org/publicdomain/mark/1.0/
            Public Domain Mark 1.0                                         => http://creativecommons.org/publicdomain/mark/1.0/
            PDM                                                            => http://creativecommons.org/publicdomain/mark/1.0/
            Gemeinfrei                                                     => http://creativecommons.org/publicdomain/mark/1.0/
            Publiek domein                                                 => http://creativecommons.org/publicdomain/mark/1.0/
            No known copyright restrictions                                => http://rightsstatements.org/vocab/NKC/1.0/
            CC-BY-SA 4.0                                                   => http://creativecommons.org/licenses/by-sa/4.0/
            CC BY-SA 4.0                                                   => http://creativecommons.org/licenses/by-sa/4.0/
            CC-BY-SA-4.0                                                   => http://creativecommons.org/licenses/by-sa/4.0/
            CC BY 4.0                                                      => http://creativecommons.org/licenses/by/4.0/
            CC BY 4.0 International                                        => http://creativecommons.org/licenses/by/4.0/
            CC BY-NC-ND 4.0                                                => http://creativecommons.org/licenses/by-nc-nd/4.0/
            CC BY-SA-NC 3.0                                                => http://creativecommons.org/licenses/by-nc-sa/3.0/
            cc_by_nc_4.0                                                   => http://creativecommons.org/licenses/by-nc/4.0/
            BY-SA 4.0                                                      => http://creativecommons.org/licenses/by-sa/4.0/
            CC BY 4                                                        => http://creativecommons.org/licenses/by/4.0/
            CC BY 3.0 NL                                                   => http://creativecommons.org/licenses/by/3.0/nl/
            CC BY-SA 3.0 Unported                                          => http://creativecommons.org/licenses/by-sa/3.0/
            Creative Commons Attribution 4.0 International                 => http://creativecommons.org/licenses/by/4.0/
            Creative Commons Attribution-ShareAlike 4.0 International      => http://creativecommons.org/licenses/by-sa/4.0/
            Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International License => http://creativecommons.org/licenses/by-nc-nd/4.0/
            Attribution-NonCommercial-ShareAlike 4.0                       => http://creativecommons.org/licenses/by-nc-sa/4.0/
            InC                                                            => http://rightsstatements.org/vocab/InC/1.0/
            In Copyright                                                   => http://rightsstatements.org/vocab/InC/1.0/
            InC-EDU                                                        => http://rightsstatements.org/vocab/InC-EDU/1.0/
            In Copyright - Educational Use Permitted                       => http://rightsstatements.org/vocab/InC-EDU/1.0/
            In Copyright – EU Orphan Work                                  => http://rightsstatements.org/vocab/InC-OW-EU/1.0/
            In Copyright - Rights-holder(s) Unlocatable or Unidentifiable  => http://rightsstatements.org/vocab/InC-RUU/1.0/
            No Copyright - Other Known Legal Restrictions                  => http://rightsstatements.org/vocab/NoC-OKLR/1.0/
            No Copyright - United States                                   => http://rightsstatements.org/vocab/NoC-US/1.0/
            Copyright Not Evaluated                                        => http://rightsstatements.org/vocab/CNE/1.0/
            CNE                                                            => http://rightsstatements.org/vocab/CNE/1.0/
            No Known Copyright                                             => http://rightsstatements.org/vocab/NKC/1.0/
            """)
    void mapsToTheCanonicalUri(String text, String uri) {
        assertThat(RightsParser.parse(text)).isEqualTo(Parsed.of(uri));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"© the artist", "All rights reserved", "Copyright SMK", "Usage conditions apply", "CC BY",
            "CC BY-SA", "Creative Commons", "open", "free", "BY", "CC BY-SA-ND 4.0", "CC BY 5.0", "CC BY 4.0 NL",
            "https://creativecommons.org/licenses/by/4.0/nl/", "https://creativecommons.org/licenses/by-sa/5.0/",
            "https://creativecommons.org/licenses/sampling/1.0/", "https://creativecommons.org/publicdomain/zero/2.0/",
            "https://creativecommons.org/share-your-work/public-domain/", "http://rightsstatements.org/vocab/InC/2.0/",
            "http://rightsstatements.org/vocab/XYZ/1.0/", "http://www.europeana.eu/rights/rr-f/",
            "https://example.org/licenses/by/4.0/", "https://evil.example/creativecommons.org/publicdomain/zero/1.0/",
            "not public domain"})
    void anythingElseIsAFailureWithNoValue(String text) {
        Parsed<String> parsed = RightsParser.parse(text);
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.failure()).contains("unrecognised rights: \"" + text + "\"");
        assertThat(RightsParser.isOpen(text)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void blankIsNothing(String text) {
        assertThat(RightsParser.parse(text)).isEqualTo(Parsed.nothing());
        assertThat(RightsParser.publicDomainFlag(text)).isEqualTo(Parsed.nothing());
        assertThat(RightsParser.smithsonianAccess(text)).isEqualTo(Parsed.nothing());
        assertThat(RightsParser.isOpen(text)).isFalse();
    }

    @Test
    void everyEuropeanaRightsStatementComesOutAsEuropeanaSpellsIt() {
        for (String text : new String[] {"CC0", "PDM", "CC BY 4.0", "CC BY-SA 4.0", "CC BY-ND 4.0", "CC BY-NC 4.0",
                "CC BY-NC-SA 4.0", "CC BY-NC-ND 4.0", "NoC-NC", "NoC-OKLR", "InC", "InC-EDU", "InC-OW-EU", "CNE",
                "https://creativecommons.org/licenses/by/3.0/nl/deed.en", "https://creativecommons.org/licenses/by-sa/2.5"}) {
            assertThat(RightsParser.parse(text).value()).as(text).hasValueSatisfying(uri -> assertThat(uri).matches(EUROPEANA));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            true   => http://creativecommons.org/publicdomain/mark/1.0/
            TRUE   => http://creativecommons.org/publicdomain/mark/1.0/
            ` true` => http://creativecommons.org/publicdomain/mark/1.0/
            """)
    void aTruePublicDomainFlagIsThePublicDomainMark(String flag, String uri) {
        assertThat(RightsParser.publicDomainFlag(flag)).isEqualTo(Parsed.of(uri));
    }

    @Test
    void aFalsePublicDomainFlagSaysNothingAndOtherValuesFail() {
        assertThat(RightsParser.publicDomainFlag("false")).isEqualTo(Parsed.nothing());
        assertThat(RightsParser.publicDomainFlag("False")).isEqualTo(Parsed.nothing());
        assertThat(RightsParser.publicDomainFlag("yes"))
                .isEqualTo(Parsed.failed("not a public-domain flag (true or false): \"yes\""));
    }

    @Test
    void smithsonianAccess() {
        assertThat(RightsParser.smithsonianAccess("CC0")).isEqualTo(Parsed.of(CC0));
        assertThat(RightsParser.smithsonianAccess("cc0 ")).isEqualTo(Parsed.of(CC0));
        assertThat(RightsParser.smithsonianAccess("Usage conditions apply")).isEqualTo(Parsed.nothing());
        assertThat(RightsParser.smithsonianAccess("usage conditions apply")).isEqualTo(Parsed.nothing());
        assertThat(RightsParser.smithsonianAccess("restricted"))
                .isEqualTo(Parsed.failed("unknown Smithsonian access value: \"restricted\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            http://creativecommons.org/publicdomain/zero/1.0/         => true
            http://creativecommons.org/publicdomain/mark/1.0/         => true
            https://creativecommons.org/publicdomain/zero/1.0/deed.en => true
            https://creativecommons.org/publicdomain/mark/1.0         => true
            http://creativecommons.org/licenses/by/4.0/               => false
            http://creativecommons.org/licenses/by-sa/4.0/            => false
            http://creativecommons.org/licenses/by-nc/4.0/            => false
            http://rightsstatements.org/vocab/NKC/1.0/                => false
            http://rightsstatements.org/vocab/NoC-US/1.0/             => false
            http://rightsstatements.org/vocab/NoC-NC/1.0/             => false
            http://rightsstatements.org/vocab/InC/1.0/                => false
            http://rightsstatements.org/vocab/CNE/1.0/                => false
            https://example.org/public-domain                        => false
            """)
    void onlyCc0AndThePublicDomainMarkAreOpen(String uri, boolean open) {
        assertThat(RightsParser.isOpen(uri)).isEqualTo(open);
    }

    @Test
    void theConstantsAreTheCanonicalForms() {
        assertThat(RightsParser.CC0).isEqualTo(CC0);
        assertThat(RightsParser.PUBLIC_DOMAIN_MARK).isEqualTo(PDM);
    }
}
