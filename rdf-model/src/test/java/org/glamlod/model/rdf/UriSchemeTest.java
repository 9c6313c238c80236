package org.glamlod.model.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UriSchemeTest {
    private final UriScheme uris = new UriScheme("https://collection.example.org/");

    @Test
    void anyIdMintsAValidUriThatMapsBack() {
        for (String id : new String[] {"SK-C-5", "GR 1837,0609.42", "a/b", "50%", "Ærø?#", "葛飾", "🎨", "x~y_z.1"}) {
            String uri = uris.object(id);
            assertThat(URI.create(uri).isAbsolute()).isTrue();
            assertThat(uri.substring(uris.base().length() + UriScheme.OBJECT.length())).doesNotContain("/", " ", "#", "?");
            assertThat(uris.idOf(uri, UriScheme.OBJECT)).contains(id);
        }
        assertThat(uris.object("SK-C-5")).isEqualTo("https://collection.example.org/object/SK-C-5");
        assertThat(uris.agent("van Gogh")).isEqualTo("https://collection.example.org/agent/van%20Gogh");
    }

    @Test
    void otherUrisAreNotIds() {
        assertThat(uris.idOf("https://collection.example.org/object/SK-C-5/production", UriScheme.OBJECT)).isEmpty();
        assertThat(uris.idOf("https://collection.example.org/agent/x", UriScheme.OBJECT)).isEmpty();
        assertThat(uris.idOf("https://elsewhere.org/object/x", UriScheme.OBJECT)).isEmpty();
    }

    @Test
    void baseMustBeAbsoluteAndEndWithSlash() {
        assertThatThrownBy(() -> new UriScheme("https://collection.example.org")).hasMessageContaining("end with '/'");
        assertThatThrownBy(() -> new UriScheme("collection/")).hasMessageContaining("absolute");
    }
}
