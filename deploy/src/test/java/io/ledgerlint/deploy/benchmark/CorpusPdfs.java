package io.ledgerlint.deploy.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The corpus documents and their generated variants: every {@code document.pdf} under {@code corpus/}. */
final class CorpusPdfs {

    private final List<Path> pdfs;

    private CorpusPdfs(List<Path> pdfs) {
        this.pdfs = pdfs;
    }

    /** The PDFs in path order, so that every run submits them in the same order; at most {@code limit} of them. */
    static CorpusPdfs under(Path corpus, int limit) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            List<Path> pdfs = files.filter(file -> file.getFileName().toString().equals("document.pdf"))
                    .sorted().limit(limit).toList();
            if (pdfs.isEmpty()) {
                throw new IllegalStateException("no document.pdf under " + corpus);
            }
            return new CorpusPdfs(pdfs);
        }
    }

    int size() {
        return pdfs.size();
    }

    /** Every PDF, marked for {@code round}: new bytes, hence new documents, in each round. */
    List<Submission> markedFor(String round) {
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) {
            String name = round + "-" + i + "-" + pdfs.get(i).getParent().getFileName() + ".pdf";
            submissions.add(Submission.marked(name, read(pdfs.get(i)), round + "-" + i));
        }
        return submissions;
    }

    private static byte[] read(Path pdf) {
        try {
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
