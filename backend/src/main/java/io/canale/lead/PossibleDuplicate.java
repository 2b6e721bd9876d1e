package io.canale.lead;

/** Another lead that may be the same customer. */
record PossibleDuplicate(String leadId, Reason reason) {

    enum Reason { SAME_EMAIL, SAME_PHONE, SAME_COMPANY_AND_NAME }
}
