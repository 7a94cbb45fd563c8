package io.ledgerlint.evaluation.pipeline;

import io.ledgerlint.contracts.events.FindingsProduced.Finding;
import io.ledgerlint.contracts.events.TablesExtracted;
import java.util.List;

/**
 * What the pipeline made of one PDF.
 *
 * @param extraction  the parser's output; null when the document was rejected or the parser threw
 * @param findings    every finding of the engine, all severities (none when there is no extraction)
 * @param failedRules the rules that threw instead of checking
 * @param failure     why there is no extraction (null when there is one)
 * @param parseMillis CPU time of the parse (until the rejection or the exception, if any)
 */
public record PipelineRun(TablesExtracted extraction, List<Finding> findings, List<String> failedRules,
                          String failure, double parseMillis, double validateMillis) {

    static PipelineRun failed(String failure, double parseMillis) {
        return new PipelineRun(null, List.of(), List.of(), failure, parseMillis, 0);
    }
}
