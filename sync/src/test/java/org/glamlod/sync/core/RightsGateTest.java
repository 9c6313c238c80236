package org.glamlod.sync.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Identifier;
import org.glamlod.model.Image;
import org.glamlod.model.rdf.ObjectGraphWriter;
import org.glamlod.model.rdf.UriScheme;
import org.glamlod.model.sample.SampleCollection;
import org.glamlod.model.vocab.CRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RightsGateTest {
    static final UriScheme URIS = new UriScheme(SampleCollection.BASE_URI);
    static final ObjectGraphWriter WRITER = new ObjectGraphWriter(URIS);
    static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    static final String PDM = "http://creativecommons.org/publicdomain/mark/1.0/";
    static final String IN_COPYRIGHT = "http://rightsstatements.org/vocab/InC/1.0/";

    static RightsGate.Verdict check(HumanMadeObject o, RightsGate.Scope scope) {
        return RightsGate.check(WRITER.graph(o), URIS.object(o.id()), scope);
    }

    static HumanMadeObject object(String workRights, Image... images) {
        HumanMadeObject.Builder b = HumanMadeObject.builder("X-1").identifier(Identifier.accession("X-1")).title("X", "en");
        if (workRights != null) {
            b.rights(workRights);
        }
        for (Image i : images) {
            b.image(i);
        }
        return b.build();
    }

    static Image image(String name, String rights) {
        return new Image(SampleCollection.BASE_URI + "images/" + name, "image/jpeg", rights, null);
    }

    @Test
    void theSampleCollectionSortsIntoOpenAndClosed() {
        Map<String, String> work = new TreeMap<>();
        Map<String, String> images = new TreeMap<>();
        for (HumanMadeObject o : SampleCollection.all()) {
            work.put(o.id(), verdict(check(o, RightsGate.Scope.WORK)));
            images.put(o.id(), verdict(check(o, RightsGate.Scope.WORK_AND_IMAGES)));
        }
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("1925.3245", "open"), Map.entry("GR-1837.6-9.42", "open"), Map.entry("KMS3696", "open"),
                Map.entry("RP-P-1961-1021", "open"), Map.entry("SK-A-2344", "open"), Map.entry("SK-A-4050", "open"),
                Map.entry("SK-C-5", "open"),
                Map.entry("1994.17", "rights not open: the work has no rights statement"),
                Map.entry("T-1962-2", "rights not open: the work has no rights statement"),
                Map.entry("2003.9", "rights not open: the work has no rights statement"),
                Map.entry("PH-2001-77", "rights not open: the work is under " + IN_COPYRIGHT
                        + " (only CC0 and the Public Domain Mark are open)")));
        assertThat(work).isEqualTo(expected);
        // with images: the same, but the in-copyright photograph's image and 2003.9's image without rights count too
        expected.put("PH-2001-77", "rights not open: the work is under " + IN_COPYRIGHT + " (only CC0 and the Public Domain"
                + " Mark are open); image " + URIS.object("PH-2001-77") + "/image/1/file is under " + IN_COPYRIGHT
                + " (only CC0 and the Public Domain Mark are open)");
        expected.put("2003.9", "rights not open: the work has no rights statement; image " + URIS.object("2003.9")
                + "/image/1/file has no rights statement");
        assertThat(images).isEqualTo(expected);
    }

    private static String verdict(RightsGate.Verdict v) {
        return v.open() ? "open" : v.reason();
    }

    @Test
    void aTargetWithoutRequirementsTakesAnything() {
        assertThat(check(object(null), RightsGate.Scope.NONE).open()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {CC0, PDM, "https://creativecommons.org/publicdomain/zero/1.0/",
            "http://creativecommons.org/publicdomain/zero/1.0", "https://www.creativecommons.org/publicdomain/mark/1.0/",
            "https://creativecommons.org/publicdomain/zero/1.0/legalcode", "http://creativecommons.org/publicdomain/zero/1.0/deed.en"})
    void cc0AndThePublicDomainMarkAreOpenInEverySpelling(String rights) {
        assertThat(check(object(rights, image("a.jpg", rights)), RightsGate.Scope.WORK_AND_IMAGES).open()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://creativecommons.org/licenses/by/4.0/", "http://creativecommons.org/licenses/by-sa/4.0/",
            "http://rightsstatements.org/vocab/NKC/1.0/", "http://rightsstatements.org/vocab/NoC-US/1.0/",
            "http://rightsstatements.org/vocab/CNE/1.0/", "http://example.org/our-own-licence",
            "http://creativecommons.org/publicdomain/zero/2.0/"})
    void everythingElseIsClosed(String rights) {
        RightsGate.Verdict v = check(object(rights), RightsGate.Scope.WORK);
        assertThat(v.open()).isFalse();
        assertThat(v.reason()).contains(rights);
    }

    @Test
    void everyImageMustBeOpenForImageTargets() {
        HumanMadeObject o = object(PDM, image("a.jpg", CC0), image("b.jpg", IN_COPYRIGHT));
        assertThat(check(o, RightsGate.Scope.WORK).open()).isTrue();
        RightsGate.Verdict v = check(o, RightsGate.Scope.WORK_AND_IMAGES);
        assertThat(v.open()).isFalse();
        assertThat(v.reason()).contains("image/2/file is under " + IN_COPYRIGHT).doesNotContain("image/1/file");
    }

    @Test
    void rightsThatAreNotAUriOrHaveNoTypeAreClosed() {
        HumanMadeObject o = object(CC0);
        String object = URIS.object(o.id());
        Node right = NodeFactory.createURI(object + "/visual/right");

        Graph literal = WRITER.graph(o);
        literal.remove(right, CRM.P2_has_type, Node.ANY);
        literal.add(Triple.create(right, CRM.P2_has_type, NodeFactory.createLiteralString(CC0)));
        assertThat(RightsGate.check(literal, object, RightsGate.Scope.WORK).reason())
                .isEqualTo("rights not open: the work has rights that are not a URI: \"" + CC0 + "\"");

        Graph untyped = WRITER.graph(o);
        untyped.remove(right, CRM.P2_has_type, Node.ANY);
        assertThat(RightsGate.check(untyped, object, RightsGate.Scope.WORK).reason())
                .isEqualTo("rights not open: the work has a rights statement without a rights URI");

        // two types on one right: both must be open
        Graph mixed = WRITER.graph(o);
        mixed.add(Triple.create(right, CRM.P2_has_type, NodeFactory.createURI(IN_COPYRIGHT)));
        assertThat(RightsGate.check(mixed, object, RightsGate.Scope.WORK).open()).isFalse();
    }

    @Test
    void anotherObjectsRightsDoNotCount() {
        HumanMadeObject o = object(CC0);
        assertThat(RightsGate.check(WRITER.graph(o), URIS.object("someone-else"), RightsGate.Scope.WORK).open()).isFalse();
    }

    @Test
    void aGraphThatCannotBeReadFailsClosed() {
        Graph broken = new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple triplePattern) {
                throw new IllegalStateException("the store went away");
            }
        };
        RightsGate.Verdict v = RightsGate.check(broken, URIS.object("X-1"), RightsGate.Scope.WORK);
        assertThat(v.open()).isFalse();
        assertThat(v.reason()).isEqualTo("rights could not be read: java.lang.IllegalStateException: the store went away");
    }
}
