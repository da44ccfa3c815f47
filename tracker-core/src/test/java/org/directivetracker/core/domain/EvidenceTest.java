package org.directivetracker.core.domain;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.AttachEvidence;
import org.directivetracker.core.api.event.EvidenceAttached;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.EvidenceFile;
import org.directivetracker.core.api.value.InvalidValueException;
import org.directivetracker.core.api.value.Note;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.directivetracker.core.domain.DirectiveTestData.*;

/** Files attached as evidence: by a commune to its assignment, by the province to the directive itself. */
class EvidenceTest {

    private static final String SHA_256 = "3a6eb0790f39ac87c94f3856b2dd2c5d110e6811602261a9a923d3bb23adc8b7";
    private static final EvidenceFile PHOTO = new EvidenceFile("may-scan-hong.jpg", "image/jpeg", 182_340, SHA_256);

    private AggregateTestFixture<Directive> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAtNow();
    }

    private static AttachEvidence attach(Actor actor, CommuneCode communeOrNull, String attachmentId) {
        return new AttachEvidence(DIRECTIVE, communeOrNull, attachmentId, PHOTO, new Note("Ảnh máy scan hư hỏng"),
                actor, newRequestId());
    }

    private static EvidenceAttached attached(CommuneCode communeOrNull, String attachmentId) {
        return new EvidenceAttached(DIRECTIVE, communeOrNull == null ? null : communeOrNull.value(), attachmentId,
                PHOTO.name(), PHOTO.contentType(), PHOTO.size(), PHOTO.sha256(), "Ảnh máy scan hư hỏng");
    }

    @Test
    void canAttachEvidenceToTheCommunesOwnAssignment() {
        fixture.given(issued(LANG_TRON, TAN_THANH))
               .when(attach(chairOf(LANG_TRON), LANG_TRON, "tep-1"))
               .expectEvents(attached(LANG_TRON, "tep-1"))
               .expectResultMessagePayload("tep-1");
    }

    @Test
    void canAttachTheProvincesDocumentToTheDirectiveItself() {
        fixture.given(issued(LANG_TRON))
               .when(attach(LEADER, null, "cong-van-ky"))
               .expectEvents(attached(null, "cong-van-ky"));
    }

    @Test
    void cannotAttachEvidenceForAnotherCommune() {
        fixture.given(issued(LANG_TRON, TAN_THANH))
               .when(attach(chairOf(TAN_THANH), LANG_TRON, "tep-1"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotAttachEvidenceToACommunesAssignmentAsTheProvince() {
        fixture.given(issued(LANG_TRON))
               .when(attach(LEADER, LANG_TRON, "tep-1"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotAttachEvidenceToTheDirectiveItselfAsACommune() {
        fixture.given(issued(LANG_TRON))
               .when(attach(chairOf(LANG_TRON), null, "tep-1"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotAttachEvidenceAsAnAuditor() {
        fixture.given(issued(LANG_TRON))
               .when(attach(AUDITOR, null, "tep-1"))
               .expectNoEvents()
               .expectException(NotPermittedException.class);
    }

    @Test
    void cannotAttachEvidenceToACommuneNotAssigned() {
        fixture.given(issued(LANG_TRON))
               .when(attach(chairOf(NAM_CAN), NAM_CAN, "tep-1"))
               .expectNoEvents()
               .expectException(CommuneNotAssignedException.class);
    }

    @Test
    void cannotAttachEvidenceToAWithdrawnDirective() {
        fixture.given(issued(LANG_TRON))
               .andGiven(withdrawn("Gộp vào Chỉ thị 09/CT-UBND"))
               .when(attach(chairOf(LANG_TRON), LANG_TRON, "tep-1"))
               .expectNoEvents()
               .expectException(DirectiveWithdrawnException.class);
    }

    @Test
    void cannotReuseAnAttachmentId() {
        fixture.given(issued(LANG_TRON, TAN_THANH))
               .andGiven(attached(LANG_TRON, "tep-1"))
               .when(attach(chairOf(TAN_THANH), TAN_THANH, "tep-1"))
               .expectNoEvents()
               .expectException(AttachmentAlreadyRecordedException.class);
    }

    @Test
    void canRetryAnAttachmentWithoutASecondEvent() {
        String requestId = newRequestId();
        AttachEvidence first = new AttachEvidence(DIRECTIVE, LANG_TRON, "tep-1", PHOTO, null, chairOf(LANG_TRON), requestId);
        fixture.given(issued(LANG_TRON))
               .andGiven(withRequestId(new EvidenceAttached(DIRECTIVE, LANG_TRON.value(), "tep-1", PHOTO.name(),
                       PHOTO.contentType(), PHOTO.size(), PHOTO.sha256(), null), requestId))
               .when(first)
               .expectNoEvents()
               .expectResultMessagePayload("tep-1");
    }

    @Test
    void cannotDescribeAFileWithoutItsDigest() {
        assertThatThrownBy(() -> new EvidenceFile("bien-ban.pdf", "application/pdf", 1024, "not-a-digest"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void cannotDescribeAnEmptyFile() {
        assertThatThrownBy(() -> new EvidenceFile("bien-ban.pdf", "application/pdf", 0, SHA_256))
                .isInstanceOf(InvalidValueException.class);
    }
}
