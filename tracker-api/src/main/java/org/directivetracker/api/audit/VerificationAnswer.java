package org.directivetracker.api.audit;

import org.directivetracker.eventstore.chain.ChainVerification;
import org.directivetracker.eventstore.checkpoint.CheckpointCheck;
import org.directivetracker.eventstore.verification.ProvinceVerification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A verification as answered: the hash chain's verdict and the latest signed checkpoint's. {@code intact} holds only
 * when both agree: a history rewritten and re-hashed keeps its chain intact but contradicts the checkpoint.
 */
final class VerificationAnswer {

    private VerificationAnswer() {
    }

    /** The latest checkpoint's verdict; null in an answer when no checkpoint exists. */
    record CheckpointVerdict(String id, Instant at, boolean consistent, List<String> contradictions) {
        static CheckpointVerdict of(Optional<CheckpointCheck> check) {
            return check.map(c -> new CheckpointVerdict(c.checkpointId(), c.at(), c.consistent(), c.contradictions()))
                    .orElse(null);
        }
    }

    record Directive(String directiveId, boolean intact, int events, Long firstBrokenSequence, String lastHash,
                     String problem, CheckpointVerdict checkpoint) {
        static Directive of(ChainVerification chain, Optional<CheckpointCheck> check) {
            CheckpointVerdict checkpoint = CheckpointVerdict.of(check);
            boolean contradicted = checkpoint != null && !checkpoint.consistent();
            String problem = chain.problem() != null ? chain.problem()
                    : contradicted ? String.join("; ", checkpoint.contradictions()) : null;
            return new Directive(chain.directiveId(), chain.intact() && !contradicted, chain.events(),
                    chain.firstBrokenSequence(), chain.lastHash(), problem, checkpoint);
        }
    }

    record Province(boolean intact, int directives, long events, List<ChainVerification> broken, String digest,
                    Instant verifiedAt, long millis, CheckpointVerdict checkpoint) {
        static Province of(ProvinceVerification.Report report, Optional<CheckpointCheck> check) {
            CheckpointVerdict checkpoint = CheckpointVerdict.of(check);
            return new Province(report.intact() && (checkpoint == null || checkpoint.consistent()), report.directives(),
                    report.events(), report.broken(), report.digest(), report.verifiedAt(), report.millis(), checkpoint);
        }
    }
}
