package io.ledgerlint.validate.rules.perf;

import io.ledgerlint.domain.text.Whitespace;
/**
 * How alike two names are: 2·LCS / (|a| + |b|) over characters. Project names are shortened or reworded between the
 * report and its tables ("企服服务经费" / "企业服务专项经费"), but keep most of their characters in order.
 */
final class Similarity {

    static final double SAME_NAME = 0.6;

    private Similarity() {
    }

    static double of(String a, String b) {
        String x = core(a);
        String y = core(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int[][] lcs = new int[x.length() + 1][y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                lcs[i][j] = x.charAt(i - 1) == y.charAt(j - 1) ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return 2.0 * lcs[x.length()][y.length()] / (x.length() + y.length());
    }

    /** The name without the words every project name shares. */
    private static String core(String name) {
        return Whitespace.removed(name).replaceAll("(?:专项)?(?:经费)?(?:专项)?(?:项目)?$", "");
    }
}
