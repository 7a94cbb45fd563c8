package io.ledgerlint.ingest.intake;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the reading of untrusted files away from the caller's thread, on threads whose stack size is set here rather
 * than left to the JVM's options. A hostile file may drive a recursive reader into a {@link StackOverflowError} or
 * exhaust memory; on these threads such an Error ends the one screening as a rejection, and the request or inbox
 * thread that waits for it carries on.
 */
final class ScreeningThreads {

    /** A step of the screening; it may fail with an Error on hostile input. */
    @FunctionalInterface
    interface Screening {
        Optional<Problem> run() throws IOException;
    }

    /**
     * Ample for PDFBox on any real document (its parser stops nesting objects at 500 levels, and the page tree is
     * checked without recursion), yet small enough that a runaway recursion fails fast and costs little.
     */
    private static final long STACK_BYTES = 2L * 1024 * 1024;
    static final String THREAD_NAME_PREFIX = "ledgerlint-pdf-screen-";

    /**
     * As many threads as cores, since screening is CPU and disk work. Callers wait for their own screening, so the
     * queue never holds more tasks than there are request and inbox threads. Idle threads end, and they are daemons:
     * nothing needs to shut this pool down.
     */
    private static final ExecutorService THREADS = newPool(Runtime.getRuntime().availableProcessors());

    private ScreeningThreads() {
    }

    /** Runs {@code screening} on a screening thread and waits for its verdict; an Error there becomes a rejection. */
    static Optional<Problem> run(Screening screening) throws IOException {
        Future<Optional<Problem>> verdict = THREADS.submit(() -> errorsAsProblems(screening));
        try {
            return verdict.get();
        } catch (InterruptedException e) {
            verdict.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while a file was being screened");
        } catch (ExecutionException e) {
            // No Error gets here (errorsAsProblems answers them all): the cause is an IOException or a RuntimeException.
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e.getCause();
        }
    }

    private static Optional<Problem> errorsAsProblems(Screening screening) throws IOException {
        try {
            return screening.run();
        } catch (StackOverflowError e) {
            return Optional.of(Problem.tooDeep("reading it needs more recursion than the reader is given"));
        } catch (OutOfMemoryError e) {
            return Optional.of(Problem.tooComplex());
        } catch (Error e) {
            return Optional.of(Problem.unreadable("the PDF reader failed on it (" + e + ")"));
        }
    }

    private static ExecutorService newPool(int threads) {
        AtomicInteger created = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(null, task, THREAD_NAME_PREFIX + created.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
