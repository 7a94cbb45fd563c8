package io.ledgerlint.validate.identity;

import java.util.List;
import java.util.stream.Collectors;

/** "total = Σ summands" between cells of one or several tables. */
public record SumIdentity(Term total, List<Term> summands) {

    public SumIdentity {
        summands = List.copyOf(summands);
    }

    public boolean checkable() {
        return total.checkable() && summands.stream().allMatch(Term::checkable);
    }

    /** E.g. "公开06表 301 c1 = 30101 + 30102 − …", using the summands' names. */
    public String formula() {
        if (summands.isEmpty()) {
            return total.name() + " = 0";
        }
        StringBuilder out = new StringBuilder(total.name()).append(" = ");
        for (int i = 0; i < summands.size(); i++) {
            Term term = summands.get(i);
            out.append(i == 0 ? (term.subtracted() ? "−" : "") : (term.subtracted() ? " − " : " + "));
            out.append(term.name());
        }
        return out.toString();
    }

    public String summandNames() {
        return summands.stream().map(Term::name).collect(Collectors.joining("+"));
    }
}
