package org.glamlod.mappings.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glamlod.mappings.source.CsvRecord;
import org.glamlod.mappings.source.JsonRecord;
import org.glamlod.mappings.source.XmlRecord;
import org.glamlod.model.Creator;
import org.glamlod.model.Dimension;
import org.glamlod.model.HumanMadeObject;
import org.glamlod.model.Name;
import org.glamlod.model.rdf.UriScheme;
import org.junit.jupiter.api.Test;

class MappingTest {
    private static final UriScheme URIS = new UriScheme("https://ex.org/");

    static Mapping mapping(String yaml) {
        return Mapping.parse("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    static MappedRecord json(Mapping m, String json) throws Exception {
        return m.map(new JsonRecord("in.jsonl:1", new ObjectMapper().readTree(json)), URIS);
    }

    private static final String HEAD = """
            source: { format: jsonl }
            id: id
            """;

    // --- the mapping file itself ------------------------------------------------------------------------------

    @Test
    void mistakesInAMappingNameTheFileAndThePlace() {
        assertThatThrownBy(() -> mapping(HEAD + "object:\n  titles:\n    - { value: t, lang: en }\n"))
                .hasMessageContaining("test.yaml: object.titles[0]: unknown key 'lang'").hasMessageContaining("language");
        assertThatThrownBy(() -> mapping("source: { format: json }\nobject: {}\n")).hasMessageContaining("needs 'id'");
        assertThatThrownBy(() -> mapping("source: { format: yaml }\nid: x\nobject: {}\n")).hasMessageContaining("unknown format 'yaml'");
        assertThatThrownBy(() -> mapping(HEAD + "object:\n  identifiers:\n    - { value: { path: x, regex: '(' } }\n"))
                .hasMessageContaining("not a valid regex");
        assertThatThrownBy(() -> mapping(HEAD + "object:\n  classifications:\n    - { path: t, lookup: nowhere }\n"))
                .hasMessageContaining("no lookup table named 'nowhere'");
        assertThatThrownBy(() -> mapping(HEAD + "object:\n  identifiers:\n    - { value: 'a[?(@.x ==' }\n"))
                .hasMessageContaining("selector 'a[?(@.x ==' is not valid");
        assertThatThrownBy(() -> mapping("source: { format: xml, records: 'lido:lido' }\nid: x\nobject: {}\n"))
                .hasMessageContaining("no entry in 'namespaces'");
        assertThatThrownBy(() -> mapping(HEAD + "object:\n  titles: [ { value: a[*] ]\n"))
                .hasMessageMatching("(?s)test\\.yaml:4:\\d+: not valid YAML.*");
        assertThatThrownBy(() -> mapping(HEAD + "object:\n  statements:\n    - { value: d, type: essay }\n"))
                .hasMessageContaining("unknown type 'essay'").hasMessageContaining("credit-line");
        assertThatThrownBy(() -> Mapping.resolve("no-such-mapping")).hasMessageContaining("smithsonian-edan");
        assertThatThrownBy(() -> mapping(HEAD + "object:\n  titles: [ &t title ]\n  identifiers: [ *t ]\n"))
                .hasMessageContaining("test.yaml:5: YAML aliases (*t) are not supported");
    }

    // --- value expressions ------------------------------------------------------------------------------------

    @Test
    void valueExpressionsTransformAsDocumented() throws Exception {
        Mapping m = mapping(HEAD + """
                lookups:
                  langs: { Dansk: da, engelsk: en }
                object:
                  identifiers:
                    - { value: { path: numbers, split: ";" }, type: accession }
                    - { value: { path: code, regex: "(?i)inv\\\\.? ?(\\\\d+)" }, type: local }
                  titles:
                    - { value: { path: title, html: strip }, language: { path: lang, lookup: langs } }
                    - { value: { const: Untitled }, language: { const: en }, primary: "false" }
                  web-page: { path: id, template: "https://museum.example/objects/{value}" }
                  statements:
                    - { type: credit-line, value: { path: credit, default: "Gift of an anonymous donor" } }
                    - { type: description, value: { path: note, when: { path: public, equals: "yes" } } }
                """);
        HumanMadeObject o = json(m, """
                {"id":"A 1/2","numbers":" 1990.1 ; 1990.1a ","code":"Inv. 77","title":"Study of <i>a Tree</i> &amp; Rocks",
                 "lang":" DANSK ","note":"secret","public":"no"}""").object();
        assertThat(o.identifiers()).extracting(i -> i.value()).containsExactly("1990.1", "1990.1a", "77");
        assertThat(o.titles()).containsExactly(Name.primary("Study of a Tree & Rocks", "da"), Name.alternate("Untitled", "en"));
        assertThat(o.webPage()).isEqualTo("https://museum.example/objects/A%201/2");
        assertThat(o.statements()).extracting(s -> s.content()).containsExactly("Gift of an anonymous donor");
    }

    @Test
    void textIsCleanedAndOverlongValuesAreCutWithAWarning() throws Exception {
        Mapping m = mapping(HEAD + "object:\n  titles: [ title ]\n  statements: [ { type: description, value: d } ]\n");
        String longText = "x".repeat(ValueRule.MAX_LENGTH + 10);
        MappedRecord r = json(m, "{\"id\":\"1\",\"title\":\"  Cafe\\u0301\\u0007   by\\tthe  sea\\u0000 \",\"d\":\"" + longText + "\"}");
        assertThat(r.object().titles().get(0).content()).isEqualTo("Café by the sea");
        assertThat(r.object().statements().get(0).content()).hasSize(ValueRule.MAX_LENGTH);
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Issue.Severity.WARNING);
            assertThat(i.field()).isEqualTo("object.statements[0]");
            assertThat(i.toText()).startsWith("1 (in.jsonl:1): object.statements[0]: value longer than");
        });
    }

    // --- bad records ------------------------------------------------------------------------------------------

    @Test
    void wrongTypesAreSkippedWithAWarningAndTheRestKept() throws Exception {
        Mapping m = mapping(HEAD + "object:\n  titles: [ title ]\n  identifiers: [ { value: \"numbers[*]\" } ]\n");
        MappedRecord r = json(m, "{\"id\":\"7\",\"title\":{\"en\":\"Vase\"},\"numbers\":[\"N1\",{\"n\":2},\"N3\",null]}");
        assertThat(r.rejected()).isFalse();
        assertThat(r.object().titles()).isEmpty();
        assertThat(r.object().identifiers()).extracting(i -> i.value()).containsExactly("N1", "N3");
        assertThat(r.issues()).extracting(Issue::field).containsExactlyInAnyOrder("object.titles[0]", "object.identifiers[0]");
        assertThat(r.issues()).allSatisfy(i -> assertThat(i.message()).contains("found a structure"));
    }

    @Test
    void aRecordWithoutIdIsRejectedNamingTheRecord() throws Exception {
        MappedRecord r = json(mapping(HEAD + "object: { titles: [ title ] }\n"), "{\"title\":\"No id\"}");
        assertThat(r.rejected()).isTrue();
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Issue.Severity.ERROR);
            assertThat(i.toText()).isEqualTo("in.jsonl:1: id: no id: the record has no value at 'id'");
        });
    }

    @Test
    void unreadableValuesAreWarningsAndNothingIsLost() throws Exception {
        Mapping m = mapping(HEAD + """
                object:
                  production: { date: date }
                  dimensions: [ dims ]
                  web-page: page
                  rights: rights
                """);
        MappedRecord r = json(m, "{\"id\":\"9\",\"date\":\"spring, probably\",\"dims\":\"big\",\"page\":\"not a url\",\"rights\":\"ask us\"}");
        HumanMadeObject o = r.object();
        assertThat(o.production().timespan().display()).isEqualTo("spring, probably");
        assertThat(o.production().timespan().begin()).isNull();
        assertThat(o.statements()).extracting(s -> s.content()).containsExactly("big");
        assertThat(o.webPage()).isNull();
        assertThat(o.rights()).as("unknown rights are never guessed").isNull();
        assertThat(r.issues()).extracting(Issue::field)
                .containsExactly("object.production.date", "object.dimensions[0]", "object.web-page", "object.rights");
        assertThat(r.issues()).allMatch(i -> i.severity() == Issue.Severity.WARNING);
    }

    // --- structures -------------------------------------------------------------------------------------------

    @Test
    void foreachConceptsAgentsAndQualifiers() throws Exception {
        Mapping m = mapping(HEAD + """
                lookups:
                  types: { painting: { value: "aat:300033618", label: paintings } }
                  roles: { artist: "aat:300025103" }
                object:
                  classifications:
                    - { path: "types[*]", lookup: types, scheme: object-type }
                  production:
                    creators:
                      - foreach: makers
                        when: { path: name, present: true }
                        agent: { id: ref, name: name, born: born, equivalents: [ ulan ] }
                        role: { path: role, lookup: roles }
                        qualifier: prefix
                    date: { begin: from, end: to }
                  dimensions:
                    - { foreach: dims, type: t, value: v, unit: { path: ^unit } }
                """);
        HumanMadeObject o = json(m, """
                {"id":"1","types":["Painting","sketch"],"unit":"cm","from":"1650","to":"1660",
                 "makers":[{"ref":"r","name":"Rembrandt","born":"1606","ulan":"ulan:500011051","role":"artist","prefix":"Workshop of"},
                           {"ref":"x"}],
                 "dims":[{"t":"height","v":"73,5"},{"t":"width","v":"92"}]}""").object();
        assertThat(o.classifications()).extracting(c -> c.uri() + " " + c.label()).containsExactly(
                "http://vocab.getty.edu/aat/300033618 paintings", "https://ex.org/concept/object-type/sketch sketch");
        Creator c = o.production().creators().get(0);
        assertThat(o.production().creators()).hasSize(1);
        assertThat(c.agent().id()).isEqualTo("r");
        assertThat(c.agent().equivalents()).containsExactly("http://vocab.getty.edu/ulan/500011051");
        assertThat(c.agent().born().begin().toString()).isEqualTo("1606-01-01T00:00:00Z");
        assertThat(c.role().uri()).isEqualTo("http://vocab.getty.edu/aat/300025103");
        assertThat(c.qualifier()).isEqualTo(Creator.Qualifier.WORKSHOP_OF);
        assertThat(o.production().timespan().end().toString()).isEqualTo("1660-12-31T23:59:59Z");
        assertThat(o.dimensions()).containsExactly(Dimension.of(Dimension.Type.HEIGHT, "73.5", Dimension.Unit.CENTIMETRES),
                Dimension.of(Dimension.Type.WIDTH, "92", Dimension.Unit.CENTIMETRES));
    }

    @Test
    void xmlRecordsUseXPathWithTheMappingsNamespaces() throws Exception {
        Mapping m = mapping("""
                source: { format: xml, records: "l:lido", namespaces: { l: "http://www.lido-schema.org" } }
                id: l:lidoRecID
                object:
                  titles:
                    - { foreach: ".//l:titleSet/l:appellationValue", value: ., language: "@xml:lang" }
                  identifiers: [ { value: ".//l:workID[@l:type='inventory number']" } ]
                """);
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream("""
                <l:lido xmlns:l="http://www.lido-schema.org"><l:lidoRecID>DE-1/42</l:lidoRecID>
                  <l:titleSet><l:appellationValue xml:lang="de">Bildnis</l:appellationValue>
                              <l:appellationValue xml:lang="en">Portrait</l:appellationValue></l:titleSet>
                  <l:workID l:type="inventory number">Gm 1234</l:workID></l:lido>""".getBytes(StandardCharsets.UTF_8)));
        HumanMadeObject o = m.map(new XmlRecord("f.xml#record 1", doc.getDocumentElement()), URIS).object();
        assertThat(o.id()).isEqualTo("DE-1/42");
        assertThat(o.titles()).containsExactly(Name.primary("Bildnis", "de"), Name.primary("Portrait", "en"));
        assertThat(o.identifiers()).extracting(i -> i.value()).containsExactly("Gm 1234");
    }

    @Test
    void csvColumnsSplitForeachAndTheRecordRoot() {
        Mapping m = mapping("""
                source: { format: csv }
                id: number
                object:
                  titles: [ title ]
                  production:
                    creators:
                      - foreach: { path: makers, split: "|" }
                        agent: { name: ., born: ^born }
                """);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("number", "X.1");
        row.put("title", "Jug");
        row.put("makers", "Anna Ancher | P.S. Krøyer");
        row.put("born", "1859");
        HumanMadeObject o = m.map(new CsvRecord("f.csv:2", row), URIS).object();
        assertThat(o.production().creators()).extracting(c -> c.agent().label()).containsExactly("Anna Ancher", "P.S. Krøyer");
        assertThat(o.production().creators()).extracting(c -> c.agent().id()).containsExactly("anna-ancher", "p-s-kroyer");
    }
}
