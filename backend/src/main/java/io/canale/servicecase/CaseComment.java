package io.canale.servicecase;

import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import io.canale.shared.UserErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One message of a case's thread and who may read it. Edits and deletion keep what was there before: a deleted
 * comment shows no text but stays in the thread, with its earlier versions, for staff.
 */
record CaseComment(String id, Visibility visibility, String addressedTo, String body, String authorSubject, String authorPartnerId,
        Instant at, Instant editedAt, Instant deletedAt, String deletedBy, List<Revision> revisions, List<CaseAttachment> attachments) {

    /**
     * INTERNAL: staff only. SHARED: every party. ADDRESSED: staff, the author's partner and the one party in
     * {@code addressedTo} (none: to staff only).
     */
    enum Visibility { INTERNAL, SHARED, ADDRESSED }

    /** An earlier text of the comment, replaced at {@code replacedAt}. */
    record Revision(String body, Instant replacedAt) {
    }

    static final int MAX_LENGTH = 10_000;
    /** Edits one comment keeps at most: its history stays readable and its case small. */
    static final int MAX_REVISIONS = 20;

    CaseComment {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    static CaseComment write(String id, Visibility visibility, String addressedTo, String body, String authorSubject,
            String authorPartnerId, Instant at) {
        UserErrors errors = new UserErrors();
        if (visibility == null) {
            errors.add("input.visibility", UserErrorCode.REQUIRED, "say who may read the comment");
        } else if (visibility != Visibility.ADDRESSED && addressedTo != null) {
            errors.add("input.addressedTo", UserErrorCode.INVALID, "only an addressed comment names a party");
        }
        errors.requireText("input.body", body, MAX_LENGTH).throwIfAny();
        return new CaseComment(id, visibility, addressedTo, body.strip(), authorSubject, authorPartnerId, at, null, null, null, List.of(), List.of());
    }

    CaseComment edited(String newBody, Instant at) {
        requireNotDeleted();
        new UserErrors().requireText("input.body", newBody, MAX_LENGTH).throwIfAny();
        if (revisions.size() >= MAX_REVISIONS) {
            throw new InvalidInputException("input.commentId", UserErrorCode.TOO_MANY, "a comment is edited at most " + MAX_REVISIONS + " times");
        }
        List<Revision> history = new ArrayList<>(revisions);
        history.add(new Revision(body, at));
        return new CaseComment(id, visibility, addressedTo, newBody.strip(), authorSubject, authorPartnerId, this.at, at, null, null, history, attachments);
    }

    CaseComment deleted(String by, Instant at) {
        requireNotDeleted();
        List<Revision> history = new ArrayList<>(revisions);
        history.add(new Revision(body, at));
        return new CaseComment(id, visibility, addressedTo, null, authorSubject, authorPartnerId, this.at, editedAt, at, by, history, attachments);
    }

    /** This comment with one more file; refused once it was deleted or holds {@code maxFiles} already. */
    CaseComment attached(CaseAttachment attachment, int maxFiles) {
        if (isDeleted()) {
            throw new InvalidInputException("commentId", UserErrorCode.ILLEGAL_STATE, "the comment was deleted");
        }
        if (attachments.size() >= maxFiles) {
            throw new InvalidInputException("file", UserErrorCode.TOO_MANY, "a comment holds at most " + maxFiles + " files");
        }
        List<CaseAttachment> files = new ArrayList<>(attachments);
        files.add(attachment);
        return new CaseComment(id, visibility, addressedTo, body, authorSubject, authorPartnerId, at, editedAt, deletedAt, deletedBy,
                revisions, files);
    }

    /** What the access policy weighs about this comment. */
    io.canale.security.Facts.CaseComment facts() {
        return new io.canale.security.Facts.CaseComment(visibility == Visibility.INTERNAL, visibility == Visibility.ADDRESSED,
                addressedTo, authorSubject, authorPartnerId, isDeleted());
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    private void requireNotDeleted() {
        if (isDeleted()) {
            throw new InvalidInputException("input.commentId", UserErrorCode.ILLEGAL_STATE, "the comment was deleted");
        }
    }
}
