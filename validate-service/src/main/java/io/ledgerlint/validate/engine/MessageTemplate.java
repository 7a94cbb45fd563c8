package io.ledgerlint.validate.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A finding message in Chinese and English with {@code {name}} placeholders. A placeholder without a value is
 * left as written, so a missing parameter shows up in the message instead of vanishing. A value that is a
 * {@link Phrase} is rendered in the message's language.
 */
public record MessageTemplate(String zh, String en) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    public String render(Language language, Map<String, ?> params) {
        return parts(language, params).stream().map(Part::text).collect(Collectors.joining());
    }

    /**
     * The rendered message cut into the template's literal text and the values put in for its placeholders, in
     * order: what a check of the wording needs to see where one value ends and the next begins.
     */
    public List<Part> parts(Language language, Map<String, ?> params) {
        String template = template(language);
        List<Part> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int end = 0;
        while (matcher.find()) {
            if (matcher.start() > end) {
                parts.add(Part.literal(template.substring(end, matcher.start())));
            }
            String name = matcher.group(1);
            Object value = params.get(name);
            parts.add(value != null ? new Part(Phrase.render(value, language), name, true)
                    : new Part(matcher.group(), name, false));
            end = matcher.end();
        }
        if (end < template.length()) {
            parts.add(Part.literal(template.substring(end)));
        }
        return List.copyOf(parts);
    }

    /** The placeholder names of the template in {@code language}, in order of appearance. */
    public List<String> placeholders(Language language) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template(language));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private String template(Language language) {
        return language == Language.EN && en != null ? en : zh;
    }

    /**
     * One piece of a rendered message.
     *
     * @param placeholder the placeholder this piece stands for; null for the template's own text
     * @param replaced    whether a value was put in (false: the placeholder is left as written)
     */
    public record Part(String text, String placeholder, boolean replaced) {

        static Part literal(String text) {
            return new Part(text, null, false);
        }

        public boolean isValue() {
            return placeholder != null;
        }
    }

    /** Language of the rendered messages. */
    public enum Language { ZH, EN }
}
