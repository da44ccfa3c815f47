package org.directivetracker.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.directivetracker.core.api.value.Origin;
import org.junit.jupiter.api.Test;

/** The ids a conclusion's directive is issued under depend on meeting and conclusion, and on nothing else. */
class OriginTest {

    @Test
    void canDeriveTheSameDirectiveIdForTheSameConclusionEveryTime() {
        assertThat(new Origin("meeting-1", "k1").directiveId()).isEqualTo(new Origin("meeting-1", "k1").directiveId());
    }

    @Test
    void cannotDeriveOneIdForTwoConclusions() {
        assertThat(new Origin("meeting-1", "k1").directiveId()).isNotEqualTo(new Origin("meeting-1", "k2").directiveId())
                .isNotEqualTo(new Origin("meeting-2", "k1").directiveId());
        assertThat(new Origin("ab", "c").directiveId()).isNotEqualTo(new Origin("a", "bc").directiveId());
    }

    @Test
    void cannotUseTheDirectiveIdAsTheRequestId() {
        Origin origin = new Origin("meeting-1", "k1");
        assertThat(origin.requestId()).isNotEqualTo(origin.directiveId());
    }
}
