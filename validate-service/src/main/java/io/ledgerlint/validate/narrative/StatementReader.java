package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The general sentence patterns of rules.md §7.1: shares, completion rates, changes against the prior year or the
 * budget, budget/actual differences and "其中" decompositions. Works sentence by sentence, remembering the figures
 * earlier sentences of the same paragraph gave, because templates state the figure in one sentence and its change
 * in the next.
 */
final class StatementReader {

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String MOVE = "(增加|减少|增长|下降|降低|上升)";
    private static final Pattern SHARE = Pattern.compile("占([^，。；%\\d]{0,30}?)的?" + NUM + "%");
    private static final Pattern COMPLETION = Pattern.compile("完成(年初|全年|调整后)?(?:的)?预算(?:数)?的" + NUM + "%");
    private static final Pattern CHANGE = Pattern.compile(
            "(与上年(?:度)?相比|较上年(?:度)?|比上年(?:度)?|同比|与\\d{4}年(?:度)?相比|比\\d{4}年(?:度)?|较\\d{4}年(?:度)?"
                    + "|比年初预算(?:数)?|较年初预算(?:数)?|与年初预算(?:数)?相比)"
                    + "(?:决算数?)?，?([^，。；\\d%]{0,20}?)" + MOVE + NUM + "万元(?:，?" + MOVE + NUM + "%)?");
    private static final Pattern DIFFERENCE = Pattern.compile(
            "决算(?:数)?(大于|小于|高于|低于|超出|超过|等于)((?:年初|全年|调整后)?预算(?:数)?)" + NUM + "?(?:万元)?");
    private static final Pattern DIRECTED_LABEL = Pattern.compile(".*" + MOVE + "$");
    private static final int MAX_GAP_BEFORE_SHARE = 1;

    private final List<Sentence> all;
    private final List<ShareClaim> shares = new ArrayList<>();
    private final List<CompletionClaim> completions = new ArrayList<>();
    private final List<ChangeClaim> changes = new ArrayList<>();
    private final List<DifferenceClaim> differences = new ArrayList<>();
    private final List<Decomposition> decompositions = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();

    StatementReader(List<Sentence> sentences) {
        this.all = sentences;
        List<Statement> paragraph = new ArrayList<>();
        int current = -1;
        String topic = "";
        for (Sentence sentence : sentences) {
            if (sentence.paragraph() != current) {
                paragraph.clear();
                current = sentence.paragraph();
                topic = "";
            }
            String own = Topics.of(sentence.text());
            if (!own.isEmpty() && !sentence.amounts().isEmpty()) {
                topic = own;
            }
            List<Statement> here = new ArrayList<>();
            for (Figures.Amount amount : sentence.amounts()) {
                here.add(new Statement(sentence, topic, amount));
            }
            read(sentence, topic, paragraph, here);
            paragraph.addAll(here);
            statements.addAll(here);
        }
    }

    List<ShareClaim> shares() {
        return shares;
    }

    List<CompletionClaim> completions() {
        return completions;
    }

    List<ChangeClaim> changes() {
        return changes;
    }

    List<DifferenceClaim> differences() {
        return differences;
    }

    List<Decomposition> decompositions() {
        return decompositions;
    }

    List<Statement> statements() {
        return statements;
    }

    private void read(Sentence sentence, String topic, List<Statement> before, List<Statement> here) {
        String text = sentence.text();
        // Each pattern is tried only on sentences holding the words it cannot match without.
        Matcher share = SHARE.matcher(text.indexOf('占') >= 0 ? text : "");
        while (share.find()) {
            Optional<Figures.Amount> part = partBefore(text, here, share.start());
            if (part.isPresent()) {
                String baseName = share.group(1);
                shares.add(new ShareClaim(sentence, part.get(), baseName,
                        resolveBase(sentence, baseName, before, here, part.get()), new BigDecimal(share.group(2))));
            }
        }
        Matcher m = COMPLETION.matcher(text.contains("完成") ? text : "");
        while (m.find()) {
            List<Statement> context = upTo(before, here, m.start());
            BigDecimal budget = last(context, true);
            BigDecimal actual = last(context, false);
            if (budget != null && actual != null) {
                completions.add(new CompletionClaim(sentence, topic, m.group(1) == null ? "" : m.group(1), budget,
                        actual, new BigDecimal(m.group(2))));
            }
        }
        m = CHANGE.matcher(text.contains("万元") ? text : "");
        while (m.find()) {
            Direction amountWord = Direction.of(m.group(3)).orElseThrow();
            Direction percentWord = m.group(5) == null ? null : Direction.of(m.group(5)).orElseThrow();
            ChangeClaim.Reference reference = m.group(1).contains("预算")
                    ? ChangeClaim.Reference.BUDGET : ChangeClaim.Reference.PRIOR_YEAR;
            changes.add(new ChangeClaim(sentence, topic, reference, amountWord, new BigDecimal(m.group(4)), percentWord,
                    m.group(6) == null ? null : new BigDecimal(m.group(6)),
                    last(upTo(before, here, m.start()), false)));
        }
        m = DIFFERENCE.matcher(text.contains("决算") ? text : "");
        while (m.find()) {
            List<Statement> context = upTo(before, here, m.start());
            Direction direction = Direction.of(m.group(1)).orElseThrow();
            differences.add(new DifferenceClaim(sentence, m.group(1), direction,
                    m.group(3) == null ? null : new BigDecimal(m.group(3)), last(context, true), last(context, false)));
        }
        decomposition(sentence, here).ifPresent(decompositions::add);
    }

    /** The amount a share refers to: the one just before "占", separated by at most a comma. */
    private static Optional<Figures.Amount> partBefore(String text, List<Statement> here, int shareStart) {
        for (int i = here.size() - 1; i >= 0; i--) {
            Figures.Amount amount = here.get(i).amount();
            if (amount.end() <= shareStart) {
                String gap = text.substring(amount.end(), shareStart);
                return gap.length() <= MAX_GAP_BEFORE_SHARE && gap.replace("，", "").isEmpty()
                        ? Optional.of(amount) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A named base found among the amounts of the section (then of the whole narrative); unnamed: the paragraph's first amount. */
    private BigDecimal resolveBase(Sentence sentence, String baseName, List<Statement> before, List<Statement> here,
                                  Figures.Amount part) {
        if (baseName.isEmpty()) {
            List<Statement> paragraph = new ArrayList<>(before);
            paragraph.addAll(here);
            return paragraph.isEmpty() || paragraph.get(0).amount() == part ? null : paragraph.get(0).amount().value();
        }
        String name = baseName.replaceFirst("^本年度?", "");
        BigDecimal inSection = findLabelled(sentence, name, true, part);
        return inSection != null ? inSection : findLabelled(sentence, name, false, part);
    }

    private BigDecimal findLabelled(Sentence sentence, String name, boolean sameSection, Figures.Amount part) {
        for (Sentence other : all) {
            if (sameSection && !other.section().equals(sentence.section())
                    || !sameSection && !java.util.Objects.equals(other.part(), sentence.part())) {
                continue;
            }
            for (Figures.Amount amount : other.amounts()) {
                if (amount.label().contains(name) && !(other == sentence && amount.start() == part.start())) {
                    return amount.value();
                }
            }
        }
        return null;
    }

    private static List<Statement> upTo(List<Statement> before, List<Statement> here, int position) {
        List<Statement> context = new ArrayList<>(before);
        here.stream().filter(s -> s.amount().end() <= position).forEach(context::add);
        return context;
    }

    /** The last budget figure (label says 预算, not 决算) or the last actual figure (any other) of the context. */
    private static BigDecimal last(List<Statement> context, boolean budget) {
        for (int i = context.size() - 1; i >= 0; i--) {
            String label = context.get(i).amount().label();
            if (DIRECTED_LABEL.matcher(label).matches()) {
                continue;
            }
            if (isBudget(label) == budget) {
                return context.get(i).amount().value();
            }
        }
        return null;
    }

    static boolean isBudget(String label) {
        return label.contains("预算") && !label.contains("决算") && !label.contains("执行");
    }

    /** One label names a budget figure and the other an actual one: they cannot be total and component. */
    private static boolean contradicts(String component, String total) {
        return isBudget(component) && isActual(total) || isActual(component) && isBudget(total);
    }

    private static boolean isActual(String label) {
        return label.contains("决算") || label.contains("执行") || label.contains("实际");
    }

    private static Optional<Decomposition> decomposition(Sentence sentence, List<Statement> here) {
        int at = sentence.text().indexOf("其中");
        if (at < 0) {
            return Optional.empty();
        }
        Statement total = null;
        List<Decomposition.Part> parts = new ArrayList<>();
        for (Statement s : here) {
            if (s.amount().end() <= at) {
                total = s;
            }
        }
        if (total == null) {
            return Optional.empty();
        }
        boolean signed = DIRECTED_LABEL.matcher(total.amount().label()).matches();
        for (Statement s : here) {
            if (s.amount().start() < at) {
                continue;
            }
            String label = s.amount().label();
            Matcher directed = DIRECTED_LABEL.matcher(label);
            if (signed != directed.matches() || !signed && contradicts(label, total.amount().label())) {
                return Optional.empty();
            }
            BigDecimal value = signed
                    ? s.amount().value().multiply(BigDecimal.valueOf(Direction.of(directed.group(1)).orElseThrow().sign()))
                    : s.amount().value();
            parts.add(new Decomposition.Part(label, value));
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        BigDecimal totalValue = signed
                ? total.amount().value().multiply(BigDecimal.valueOf(
                        Direction.of(DIRECTED_LABEL.matcher(total.amount().label()).replaceAll("$1")).orElseThrow().sign()))
                : total.amount().value();
        return Optional.of(new Decomposition(sentence, total.amount().label(), totalValue, List.copyOf(parts)));
    }
}
