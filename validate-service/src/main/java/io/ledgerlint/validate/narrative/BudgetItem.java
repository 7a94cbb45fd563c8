package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item of 五(三) "X（类）Y（款）Z（项）。年初预算为B万元，支出决算为A万元…" (rules.md §7.1): the names as printed and
 * the figures of the item's paragraph. The 项 name is what follows （款） when the template omits "（项）".
 *
 * @param budget null when the item prints none
 * @param actual null when the item prints none
 */
public record BudgetItem(Sentence header, String categoryName, String groupName, String itemName, BigDecimal budget,
                         BigDecimal actual) {

    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\d+[、.]|（\\d+）)?(.+?)（类）(.+?)（款）(.*?)(?:（项）|。|：|$)");
    private static final Pattern TRAILING_STOP = Pattern.compile("[。，]$");

    /** Items of every "（类）…（款）" heading in the sentences, each with the figures up to the next heading. */
    static List<BudgetItem> read(List<Sentence> sentences) {
        List<BudgetItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Matcher m = label(sentences.get(i));
            if (!m.find()) {
                continue;
            }
            BigDecimal budget = null;
            BigDecimal actual = null;
            for (int j = i; j < sentences.size() && (j == i || !label(sentences.get(j)).find()); j++) {
                if (!sentences.get(j).section().equals(sentences.get(i).section())) {
                    break;
                }
                for (Figures.Amount amount : sentences.get(j).amounts()) {
                    if (budget == null && StatementReader.isBudget(amount.label())) {
                        budget = amount.value();
                    } else if (actual == null && amount.label().contains("决算")) {
                        actual = amount.value();
                    }
                }
            }
            items.add(new BudgetItem(sentences.get(i), m.group(1), m.group(2),
                    TRAILING_STOP.matcher(m.group(3)).replaceAll(""), budget, actual));
        }
        return items;
    }

    /** A matcher of {@link #LABEL} over the sentence, run only where both markers are printed. */
    private static Matcher label(Sentence sentence) {
        String text = sentence.text();
        return LABEL.matcher(text.contains("（类）") && text.contains("（款）") ? text : "");
    }
}
