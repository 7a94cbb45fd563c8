package io.ledgerlint.validate.engine;

import java.util.Objects;

/**
 * A piece of a finding message that reads differently in Chinese and English: a place (公开02表 / Table 02), an amount
 * with its unit, a quoted label. A rule passes phrases as message parameters ({@link FindingSink.Builder#param}); the
 * sink renders each in the language of the messages. {@link #toString()} is the Chinese reading.
 */
public interface Phrase {

    String in(MessageTemplate.Language language);

    /** A phrase worded separately for each language. */
    static Phrase of(String zh, String en) {
        return new Bilingual(zh, en);
    }

    /** A phrase that reads the same in both languages (a number, a code). */
    static Phrase same(String text) {
        return new Bilingual(text, text);
    }

    /** Renders a message parameter: a phrase in {@code language}, anything else as {@link String#valueOf}. */
    static String render(Object value, MessageTemplate.Language language) {
        return value instanceof Phrase phrase ? phrase.in(language) : String.valueOf(value);
    }

    /** The fixed wording of {@link #of}. */
    record Bilingual(String zh, String en) implements Phrase {

        public Bilingual {
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
        }

        @Override
        public String in(MessageTemplate.Language language) {
            return language == MessageTemplate.Language.EN ? en : zh;
        }

        @Override
        public String toString() {
            return zh;
        }
    }
}
