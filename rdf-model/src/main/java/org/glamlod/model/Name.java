package org.glamlod.model;

/**
 * A title of an object or a name of an agent, place or set.
 *
 * @param content  the text
 * @param language a BCP 47 primary language tag ("en", "da"), or null when unknown
 * @param primary  whether this is the primary name in its language (Linked Art: one per language)
 */
public record Name(String content, String language, boolean primary) {
    public Name {
        Lists.requireText(content, "name");
        if (language != null) language = language.isBlank() ? null : org.glamlod.model.vocab.Languages.normalise(language);
    }

    public static Name primary(String content, String language) {
        return new Name(content, language, true);
    }

    public static Name alternate(String content, String language) {
        return new Name(content, language, false);
    }
}
