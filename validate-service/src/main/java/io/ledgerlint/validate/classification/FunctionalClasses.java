package io.ledgerlint.validate.classification;

import io.ledgerlint.validate.table.Labels;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 类 of the 支出功能分类 (rules.md §4.1) by name, to tie a T01/T04 支出 line ("一、一般公共服务支出") to the 3-digit
 * prefix of the T03/T05 codes.
 */
public final class FunctionalClasses {

    private static final Pattern TRAILING_SPENDING = Pattern.compile("支出$");
    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    /** Each 类's name as {@link #codeOf} compares it, by code. */
    private static final Map<String, String> STEMS = new LinkedHashMap<>();

    static {
        String[][] classes = {
            {"201", "一般公共服务支出"}, {"202", "外交支出"}, {"203", "国防支出"}, {"204", "公共安全支出"},
            {"205", "教育支出"}, {"206", "科学技术支出"}, {"207", "文化旅游体育与传媒支出"}, {"208", "社会保障和就业支出"},
            {"209", "社会保险基金支出"}, {"210", "卫生健康支出"}, {"211", "节能环保支出"}, {"212", "城乡社区支出"},
            {"213", "农林水支出"}, {"214", "交通运输支出"}, {"215", "资源勘探工业信息等支出"}, {"216", "商业服务业等支出"},
            {"217", "金融支出"}, {"219", "援助其他地区支出"}, {"220", "自然资源海洋气象等支出"}, {"221", "住房保障支出"},
            {"222", "粮油物资储备支出"}, {"223", "国有资本经营预算支出"}, {"224", "灾害防治及应急管理支出"},
            {"227", "预备费"}, {"229", "其他支出"}, {"230", "转移性支出"}, {"231", "债务还本支出"},
            {"232", "债务付息支出"}, {"233", "债务发行费用支出"}, {"234", "抗疫特别国债安排的支出"},
        };
        for (String[] c : classes) {
            NAMES.put(c[0], c[1]);
            STEMS.put(c[0], stem(c[1]));
        }
    }

    private FunctionalClasses() {
    }

    /** The 类 code a T01/T04 支出 line names, tolerating "（类）" and a missing trailing 支出. */
    public static Optional<String> codeOf(String label) {
        String wanted = stem(label);
        return STEMS.entrySet().stream().filter(e -> e.getValue().equals(wanted)).map(Map.Entry::getKey).findFirst();
    }

    public static Optional<String> nameOf(String code) {
        return Optional.ofNullable(NAMES.get(code));
    }

    private static String stem(String name) {
        return TRAILING_SPENDING.matcher(Labels.normalise(name).replace("（类）", "")).replaceFirst("");
    }
}
