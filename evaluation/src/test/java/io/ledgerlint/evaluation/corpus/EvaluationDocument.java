package io.ledgerlint.evaluation.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * One document to evaluate: a folder with {@code document.pdf}, {@code truth.json} and {@code expected-findings.json}.
 *
 * @param variationClass the class its figures are aggregated under: {@value EvaluationCorpus#CORPUS_CLASS} for a
 *                       real document, the {@code class} of variant.json for a variant
 * @param source         the folder of the document a twin was made from (null unless a twin)
 * @param injectedIds    the ids of the expected findings an error twin's injected error must raise (empty unless an
 *                       error twin)
 */
public record EvaluationDocument(String name, Path folder, String variationClass, Kind kind, Path source,
                                 List<String> injectedIds) {

    public Path pdf() {
        return folder.resolve("document.pdf");
    }
}
