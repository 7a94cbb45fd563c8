package io.ledgerlint.validate.narrative;

import io.ledgerlint.contracts.events.TablesExtracted.Section;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything the NAR and PERF rules read from the narrative, parsed once per document: the sentences and the claims
 * found in them. A sentence no pattern matches yields no claim, and so no finding.
 */
public record Narrative(List<Sentence> sentences, List<Statement> statements, List<ShareClaim> shares,
                        List<CompletionClaim> completions, List<ChangeClaim> changes,
                        List<DifferenceClaim> differences, List<Decomposition> decompositions,
                        List<BudgetItem> budgetItems, List<ThreePublicClaim> threePublic, Procurement procurement,
                        Vehicles vehicles, List<MeetingTraining> meetingTraining, List<ScoreClaim> scores,
                        List<FundsFlow> fundsFlows, List<LowExecutionClaim> lowExecution) {

    private static final Pattern SELF_EVALUATION = Pattern.compile("附件|自评报告|绩效自评|第五部分");

    public static Narrative read(List<Section> sections) {
        List<Sentence> sentences = Paragraphs.sentences(sections);
        StatementReader reader = new StatementReader(sentences);
        return new Narrative(List.copyOf(sentences), List.copyOf(reader.statements()), List.copyOf(reader.shares()),
                List.copyOf(reader.completions()), List.copyOf(reader.changes()), List.copyOf(reader.differences()),
                List.copyOf(reader.decompositions()), BudgetItem.read(sentences), ThreePublicClaim.read(sentences),
                Procurement.read(sentences), Vehicles.read(sentences), MeetingTraining.read(sentences),
                ScoreClaim.read(sentences), FundsFlow.read(sentences), LowExecutionClaim.read(sentences));
    }

    /** Whether a sentence belongs to the attached 整体支出绩效自评报告 rather than the 第三部分 说明. */
    public static boolean inSelfEvaluationReport(Sentence sentence) {
        return sentence.part() != null && SELF_EVALUATION.matcher(sentence.part()).find();
    }
}
