package io.ledgerlint.deploy.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The corpus documents and their generated variants: every {@code document.pdf} under {@code corpus/}. */
public final class CorpusPdfs {

    private final List<Path> pdfs;

    private CorpusPdfs(List<Path> pdfs) {
        this.pdfs = pdfs;
    }

    /** The PDFs in path order, so that every run submits them in the same order; at most {@code limit} of them. */
    public static CorpusPdfs under(Path corpus, int limit) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            List<Path> pdfs = files.filter(file -> file.getFileName().toString().equals("document.pdf"))
                    .sorted().limit(limit).toList();
            if (pdfs.isEmpty()) {
                throw new IllegalStateException("no document.pdf under " + corpus);
            }
            return new CorpusPdfs(pdfs);
        }
    }

    public int size() {
        return pdfs.size();
    }

    /** Every PDF, marked for {@code round}: new bytes, hence new documents, in each round. */
    public List<Submission> markedFor(String round) {
        return markedFor(round, pdfs.size());
    }

    /** {@code count} submissions marked for {@code round}, going round the PDFs as often as it takes. */
    public List<Submission> markedFor(String round, int count) {
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path pdf = pdfs.get(i % pdfs.size());
            String name = round + "-" + i + "-" + pdf.getParent().getFileName() + ".pdf";
            submissions.add(Submission.marked(name, read(pdf), round + "-" + i));
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
