package io.canale.fund;

import java.util.List;

/** The marketing activities funds are requested for, each with the proof of performance a claim must carry. */
enum ActivityType {
    EVENT(EvidenceKind.INVOICE, EvidenceKind.PHOTOS, EvidenceKind.ATTENDEE_LIST),
    TRADE_SHOW(EvidenceKind.INVOICE, EvidenceKind.PHOTOS),
    DIGITAL_ADVERTISING(EvidenceKind.INVOICE, EvidenceKind.SCREENSHOTS, EvidenceKind.PERFORMANCE_REPORT),
    PRINT_ADVERTISING(EvidenceKind.INVOICE, EvidenceKind.COPY_OF_AD),
    TRAINING(EvidenceKind.INVOICE, EvidenceKind.ATTENDEE_LIST);

    /** What a file of proof shows. */
    enum EvidenceKind { INVOICE, PHOTOS, ATTENDEE_LIST, SCREENSHOTS, PERFORMANCE_REPORT, COPY_OF_AD }

    private final List<EvidenceKind> required;

    ActivityType(EvidenceKind... required) {
        this.required = List.of(required);
    }

    /** The checklist: at least one file of each of these kinds before a claim is accepted. */
    List<EvidenceKind> requiredEvidence() {
        return required;
    }
}
