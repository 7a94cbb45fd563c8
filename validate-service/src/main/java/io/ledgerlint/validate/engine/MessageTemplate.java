package io.ledgerlint.validate.engine;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding message in Chinese and English with {@code {name}} placeholders. A placeholder without a value is
 * left as written, so a missing parameter shows up in the message instead of vanishing.
 */
public record MessageTemplate(String zh, String en) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    public String render(Language language, Map<String, String> params) {
        String template = language == Language.EN && en != null ? en : zh;
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = params.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Language of the rendered messages. */
    public enum Language { ZH, EN }
}
