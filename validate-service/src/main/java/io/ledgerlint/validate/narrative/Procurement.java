package io.ledgerlint.validate.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 政府采购 statement (rules.md S2): total, the 货物/工程/服务 split, the amount awarded to 中小企业 and to 小微企业
 * with their printed shares, and each category's 中小企业 share. Any field may be missing (null).
 */
public record Procurement(List<Sentence> sentences, BigDecimal total, Map<Category, BigDecimal> categories,
                          BigDecimal sme, BigDecimal smeShare, BigDecimal small, BigDecimal smallShare,
                          Map<Category, CategoryShare> categoryShares) {

    /** 政府采购 categories. */
    public enum Category {
        GOODS("货物"), WORKS("工程"), SERVICES("服务");

        private final String word;

        Category(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** "货物采购授予中小企业合同金额占货物支出金额的p%", with its sentence for the finding. */
    public record CategoryShare(Sentence sentence, BigDecimal percent) {
    }

    private static final Pattern CATEGORY_SHARE = Pattern.compile(
            "(货物|工程|服务)(?:采购)?(?:授予|给予)?中小企业(?:的)?合同金额占[^，。；%]*?的?(\\d+(?:\\.\\d+)?)%");
    private static final Pattern SHARE_AFTER = Pattern.compile("^，?占[^，。；%\\d]*?的?(\\d+(?:\\.\\d+)?)%");

    /** The statement of the first section about 政府采购, or null when the narrative has none. */
    static Procurement read(List<Sentence> sentences) {
        List<Sentence> own = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.sectionMentions("政府采购") && (own.isEmpty() || own.get(0).section().equals(s.section()))) {
                own.add(s);
            }
        }
        if (own.isEmpty()) {
            return null;
        }
        BigDecimal total = null;
        BigDecimal sme = null;
        BigDecimal smeShare = null;
        BigDecimal small = null;
        BigDecimal smallShare = null;
        Map<Category, BigDecimal> categories = new EnumMap<>(Category.class);
        Map<Category, CategoryShare> shares = new EnumMap<>(Category.class);
        for (Sentence s : own) {
            for (Figures.Amount a : s.amounts()) {
                String label = a.label();
                BigDecimal share = shareAfter(s.text(), a);
                if (label.contains("小微")) {
                    small = first(small, a.value());
                    smallShare = first(smallShare, share);
                } else if (label.contains("中小企业")) {
                    sme = first(sme, a.value());
                    smeShare = first(smeShare, share);
                } else if (category(label) != null) {
                    categories.putIfAbsent(category(label), a.value());
                } else if (label.contains("采购")) {
                    total = first(total, a.value());
                }
            }
            Matcher m = CATEGORY_SHARE.matcher(s.text());
            while (m.find()) {
                shares.putIfAbsent(category(m.group(1)), new CategoryShare(s, new BigDecimal(m.group(2))));
            }
        }
        return new Procurement(List.copyOf(own), total, categories, sme, smeShare, small, smallShare, shares);
    }

    private static Category category(String label) {
        for (Category c : Category.values()) {
            if (label.contains(c.word)) {
                return c;
            }
        }
        return null;
    }

    private static BigDecimal shareAfter(String text, Figures.Amount amount) {
        Matcher m = SHARE_AFTER.matcher(text.substring(amount.end()));
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    private static BigDecimal first(BigDecimal existing, BigDecimal candidate) {
        return existing != null ? existing : candidate;
    }
}
