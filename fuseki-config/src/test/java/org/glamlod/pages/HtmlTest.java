package org.glamlod.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void textAndAttributeValuesAreEscaped() {
        String html = new Html().el("p", "<b>\"Tom\" & 'Jerry'</b>", "title", "\"><script>x</script>").toString();
        assertThat(html).isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;</p>");
    }

    @Test
    void controlCharactersBecomeReplacementCharacters() {
        assertThat(new Html().text("a\u0000b\u0007c\nd").toString()).isEqualTo("a\uFFFDb\uFFFDc\nd");
    }

    @Test
    void linksOnlyGoToHttpOrThisServer() {
        assertThat(new Html().link("javascript:alert(1)", "x").toString()).isEqualTo("x");
        assertThat(new Html().link(" JavaScript:alert(1)", "x").toString()).isEqualTo("x");
        assertThat(new Html().link("data:text/html,<script>", "x").toString()).isEqualTo("x");
        assertThat(new Html().link("//evil.example/", "x").toString()).as("protocol-relative").isEqualTo("x");
        assertThat(new Html().link("https://example.org/a?b=1&c=2", "x").toString())
                .isEqualTo("<a href=\"https://example.org/a?b=1&amp;c=2\">x</a>");
        assertThat(new Html().link("/object/SK-C-5", "x").toString()).isEqualTo("<a href=\"/object/SK-C-5\">x</a>");
        assertThat(new Html().el("img", null, "src", "vbscript:x", "alt", "a").toString()).isEqualTo("<img alt=\"a\">");
    }

    @Test
    void nullAttributesAreLeftOut() {
        assertThat(new Html().el("span", "t", "lang", null, "class", "c").toString()).isEqualTo("<span class=\"c\">t</span>");
    }

    @Test
    void aJsonLdBlockCannotBeClosedByItsContent() {
        String html = new Html().jsonLd("{\"name\":\"</script><script>alert(1)</script> & <!--\"}").toString();
        assertThat(html).isEqualTo("<script type=\"application/ld+json\">{\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003e"
                + "alert(1)\\u003c/script\\u003e \\u0026 \\u003c!--\"}</script>");
    }
}
