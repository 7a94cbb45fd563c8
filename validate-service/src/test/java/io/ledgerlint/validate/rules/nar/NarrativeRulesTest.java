package io.ledgerlint.validate.rules.nar;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import io.ledgerlint.contracts.events.TablesExtracted.Section;
import io.ledgerlint.validate.engine.CatalogueLoader;
import io.ledgerlint.validate.engine.MessageTemplate;
import io.ledgerlint.validate.engine.RuleRegistry;
import io.ledgerlint.validate.engine.ValidationEngine;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The narrative-only NAR rules: for each, a consistent text that passes and a contradictory one that fails. */
public class NarrativeRulesTest {

    private static final ValidationEngine ENGINE = new ValidationEngine(RuleRegistry.of(List.of(new NarRules()),
            new CatalogueLoader(NarrativeRulesTest.class.getClassLoader())), MessageTemplate.Language.ZH);

    public static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("NAR-PCT-SHARE", "三、支出决算情况说明",
                        "2024年度支出合计500万元，其中：基本支出400万元，占80%；项目支出100万元，占20%。",
                        "2024年度支出合计500万元，其中：基本支出400万元，占75%；项目支出100万元，占25%。"),
                Arguments.of("NAR-PCT-BUDGET", "五、一般公共预算财政拨款支出决算情况说明",
                        "年初预算数为80万元，决算数为100万元，完成年初预算的125%。",
                        "年初预算数为80万元，决算数为100万元，完成年初预算的120%。"),
                Arguments.of("NAR-PCT-YOY", "一、收入支出决算总体情况说明",
                        "2024年度收、支总计90万元，比上年减少10万元，下降10%。",
                        "2024年度收、支总计90万元，比上年减少10万元，下降11.11%。"),
                Arguments.of("NAR-DIFF", "五、一般公共预算财政拨款支出决算情况说明",
                        "年初预算为10万元，支出决算为12.5万元，决算数大于年初预算数2.5万元的主要原因是增人。",
                        "年初预算为10万元，支出决算为12.5万元，决算数大于年初预算数3万元的主要原因是增人。"),
                Arguments.of("NAR-DIRECTION", "五、一般公共预算财政拨款支出决算情况说明",
                        "预算数为10万元，决算数为8万元，决算数小于预算数的主要原因是节约。",
                        "预算数为10万元，决算数为8万元，决算数大于预算数的主要原因是节约。"),
                Arguments.of("NAR-PCT-SUM100", "六、一般公共预算财政拨款基本支出决算情况说明",
                        "基本支出100万元，其中人员经费60万元，占基本支出的60%；公用经费40万元，占基本支出的40%。",
                        "基本支出100万元，其中人员经费60万元，占基本支出的60%；公用经费40万元，占基本支出的60%。"),
                Arguments.of("NAR-SUM-ITEMS", "十、一般性支出情况说明",
                        "开支会议费3万元，经费支出为会议场租费1万元、会务用餐费2万元。",
                        "开支会议费3万元，经费支出为会议场租费1万元、会务用餐费1.5万元。"),
                Arguments.of("NAR-PCT-ZERO-BASE", "七、财政拨款“三公”经费支出决算情况说明",
                        "公务接待费支出预算为2万元，支出决算为1万元，完成预算的50%。",
                        "公务用车购置费支出预算为0万元，支出决算为0万元，完成预算的100%。"),
                Arguments.of("NAR-PROC-SUM", "十一、关于政府采购支出说明",
                        "政府采购支出总额10万元，其中：政府采购货物支出4万元、政府采购工程支出0万元、政府采购服务支出6万元。",
                        "政府采购支出总额10万元，其中：政府采购货物支出4万元、政府采购工程支出0万元、政府采购服务支出5万元。"),
                Arguments.of("NAR-PROC-SME-CATEGORY", "十一、关于政府采购支出说明",
                        "政府采购支出总额10万元，其中：政府采购货物支出4万元、政府采购工程支出0万元、政府采购服务支出6万元。"
                                + "授予中小企业合同金额10万元，占政府采购支出总额的100%。货物采购授予中小企业合同金额占货物支出金额的100%，"
                                + "服务采购授予中小企业合同金额占服务支出金额的100%。",
                        "政府采购支出总额10万元，其中：政府采购货物支出4万元、政府采购工程支出0万元、政府采购服务支出6万元。"
                                + "授予中小企业合同金额10万元，占政府采购支出总额的100%。货物采购授予中小企业合同金额占货物支出金额的40%，"
                                + "服务采购授予中小企业合同金额占服务支出金额的60%。"),
                Arguments.of("NAR-VEHICLES", "十二、关于国有资产占用情况说明",
                        "截至2024年12月31日，共有车辆3辆，其中，机要通信用车2辆、其他用车1辆。",
                        "截至2024年12月31日，共有车辆3辆，其中，机要通信用车2辆、其他用车2辆。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passesConsistentTextAndFlagsTheContradiction(String rule, String heading, String consistent, String wrong) {
        assertThat(findings(heading, consistent)).extracting(Finding::ruleId).doesNotContain(rule);
        assertThat(findings(heading, wrong)).extracting(Finding::ruleId).contains(rule);
    }

    private static List<Finding> findings(String heading, String text) {
        return ENGINE.validate(document(heading, text)).findings();
    }

    /** A document whose only content is one section of the 第三部分 with this heading and text. */
    public static TablesExtracted document(String heading, String text) {
        return new TablesExtracted(1, "d", "s", "f.pdf", 1, null, List.of(),
                List.of(new Section(heading, 2, "第三部分 部门决算情况说明", 5, text)), List.of(), Instant.EPOCH);
    }
}
