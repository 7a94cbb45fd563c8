package io.ledgerlint.validate.rules.nar;

import java.util.Map;

/** The 支出功能分类 类 (rules.md §4.1): the narrative names a 类, the tables carry its 3-digit code. */
final class FunctionClasses {

    static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("201", "一般公共服务支出"), Map.entry("202", "外交支出"), Map.entry("203", "国防支出"),
            Map.entry("204", "公共安全支出"), Map.entry("205", "教育支出"), Map.entry("206", "科学技术支出"),
            Map.entry("207", "文化旅游体育与传媒支出"), Map.entry("208", "社会保障和就业支出"),
            Map.entry("210", "卫生健康支出"), Map.entry("211", "节能环保支出"), Map.entry("212", "城乡社区支出"),
            Map.entry("213", "农林水支出"), Map.entry("214", "交通运输支出"), Map.entry("215", "资源勘探工业信息等支出"),
            Map.entry("216", "商业服务业等支出"), Map.entry("217", "金融支出"), Map.entry("219", "援助其他地区支出"),
            Map.entry("220", "自然资源海洋气象等支出"), Map.entry("221", "住房保障支出"), Map.entry("222", "粮油物资储备支出"),
            Map.entry("223", "国有资本经营预算支出"), Map.entry("224", "灾害防治及应急管理支出"), Map.entry("229", "其他支出"),
            Map.entry("231", "债务还本支出"), Map.entry("232", "债务付息支出"), Map.entry("234", "抗疫特别国债安排的支出"));

    private FunctionClasses() {
    }
}
