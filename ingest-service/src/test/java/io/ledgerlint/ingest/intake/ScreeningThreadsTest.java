package io.ledgerlint.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerlint.contracts.events.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ScreeningThreadsTest {

    @Test
    void runsTheScreeningOnAScreeningThreadNotTheCallers() throws IOException {
        AtomicReference<String> thread = new AtomicReference<>();

        Optional<Problem> verdict = ScreeningThreads.run(() -> {
            thread.set(Thread.currentThread().getName());
            return Optional.empty();
        });

        assertThat(verdict).isEmpty();
        assertThat(thread.get()).startsWith(ScreeningThreads.THREAD_NAME_PREFIX);
    }

    @Test
    void aStackOverflowIsATooDeepRejection() throws IOException {
        Optional<Problem> verdict = ScreeningThreads.run(() -> recurseForever(0));

        assertThat(verdict).hasValueSatisfying(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.TOO_DEEP);
            assertThat(problem.message()).contains("too deeply").contains("嵌套过深");
        });
    }

    @Test
    void runningOutOfMemoryIsATooComplexRejection() throws IOException {
        Optional<Problem> verdict = ScreeningThreads.run(() -> {
            throw new OutOfMemoryError("Java heap space");
        });

        assertThat(verdict).hasValueSatisfying(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.TOO_COMPLEX);
            assertThat(problem.message()).contains("memory").contains("内存");
        });
    }

    @Test
    void anyOtherErrorIsARejectionNamingIt() throws IOException {
        Optional<Problem> verdict = ScreeningThreads.run(() -> {
            throw new AssertionError("unexpected operator");
        });

        assertThat(verdict).hasValueSatisfying(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.UNREADABLE_PDF);
            assertThat(problem.message()).contains("AssertionError: unexpected operator");
        });
    }

    @Test
    void theServicesOwnFailuresReachTheCallerUnchanged() {
        assertThatThrownBy(() -> ScreeningThreads.run(() -> {
            throw new IOException("disk full");
        })).isExactlyInstanceOf(IOException.class).hasMessage("disk full");
        assertThatThrownBy(() -> ScreeningThreads.run(() -> {
            throw new UncheckedIOException(new IOException("blob store gone"));
        })).isExactlyInstanceOf(UncheckedIOException.class).hasMessageContaining("blob store gone");
    }

    @Test
    void theThreadsOutliveAnError() throws IOException {
        for (int i = 0; i < 20; i++) {
            ScreeningThreads.run(() -> recurseForever(0));
        }

        assertThat(ScreeningThreads.run(Optional::empty)).isEmpty();
    }

    private static Optional<Problem> recurseForever(int depth) {
        return depth < 0 ? Optional.empty() : recurseForever(depth + 1);
    }
}
