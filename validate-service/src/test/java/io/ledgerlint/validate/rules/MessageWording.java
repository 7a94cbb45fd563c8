package io.ledgerlint.validate.rules;

import io.ledgerlint.validate.engine.MessageTemplate;
import io.ledgerlint.validate.engine.MessageTemplate.Language;
import io.ledgerlint.validate.engine.MessageTemplate.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a finding message must not do, checked on the message cut into the template's text and the values put in
 * ({@link MessageTemplate#parts}):
 *
 * <ul>
 *   <li>leave a placeholder unreplaced;</li>
 *   <li>put in an empty value, or a label with nothing between its quotes;</li>
 *   <li>put two values side by side with nothing but white space between them ("公开02表" + "2010301" →
 *       "公开022010301");</li>
 *   <li>let a value's letters or digits run into letters or digits of the text around it ("c" + "5");</li>
 *   <li>in English, leave Chinese text outside quotes: every label taken from the document is quoted.</li>
 * </ul>
 */
final class MessageWording {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]+}");
    private static final Pattern EMPTY_QUOTES = Pattern.compile("“\\s*”|\"\\s*\"|《\\s*》");

    private MessageWording() {
    }

    /** Every problem of the message rendered from {@code parts} in {@code language}; empty when it reads well. */
    static List<String> problems(List<Part> parts, Language language) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (!part.isValue()) {
                continue;
            }
            if (!part.replaced()) {
                problems.add("{" + part.placeholder() + "} is not replaced");
                continue;
            }
            if (part.text().isBlank()) {
                problems.add("{" + part.placeholder() + "} is empty");
            }
            if (EMPTY_QUOTES.matcher(part.text()).find()) {
                problems.add("{" + part.placeholder() + "} quotes nothing: " + part.text());
            }
            if (i + 1 < parts.size() && parts.get(i + 1).isValue()) {
                problems.add("{" + part.placeholder() + "} and {" + parts.get(i + 1).placeholder()
                        + "} are adjacent: " + part.text() + parts.get(i + 1).text());
            }
            if (i + 2 < parts.size() && !parts.get(i + 1).isValue() && parts.get(i + 1).text().isBlank()
                    && parts.get(i + 2).isValue()) {
                problems.add("{" + part.placeholder() + "} and {" + parts.get(i + 2).placeholder()
                        + "} are separated by white space only");
            }
            if (i > 0 && runsIn(last(parts.get(i - 1).text()), first(part.text()))
                    || i + 1 < parts.size() && runsIn(last(part.text()), first(parts.get(i + 1).text()))) {
                problems.add("{" + part.placeholder() + "} runs into the text around it: " + context(parts, i));
            }
        }
        String text = String.join("", parts.stream().map(Part::text).toList());
        if (PLACEHOLDER.matcher(text).find()) {
            problems.add("a placeholder is left in the message");
        }
        if (language == Language.EN) {
            unquotedChinese(text).ifPresent(problems::add);
        }
        return problems;
    }

    /** The first Chinese character or full-width punctuation of an English message that is outside quotes. */
    static Optional<String> unquotedChinese(String text) {
        int curly = 0;
        int book = 0;
        boolean straight = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '“' -> curly++;
                case '”' -> curly = Math.max(0, curly - 1);
                case '《' -> book++;
                case '》' -> book = Math.max(0, book - 1);
                case '"' -> straight = !straight;
                default -> {
                    if (isChinese(c) && curly == 0 && book == 0 && !straight) {
                        return Optional.of("Chinese outside quotes at " + i + ": "
                                + text.substring(Math.max(0, i - 20), Math.min(text.length(), i + 20)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isChinese(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private static boolean runsIn(int before, int after) {
        return isAsciiAlphanumeric(before) && isAsciiAlphanumeric(after);
    }

    private static boolean isAsciiAlphanumeric(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int first(String text) {
        return text.isEmpty() ? -1 : text.charAt(0);
    }

    private static int last(String text) {
        return text.isEmpty() ? -1 : text.charAt(text.length() - 1);
    }

    private static String context(List<Part> parts, int index) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, index - 1); i <= Math.min(parts.size() - 1, index + 1); i++) {
            out.append(i == index ? "[" + parts.get(i).text() + "]" : parts.get(i).text());
        }
        return out.toString();
    }
}
