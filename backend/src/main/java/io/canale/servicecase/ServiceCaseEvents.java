package io.canale.servicecase;

/** What happened to service cases, published after the change is stored. Past tense; ids only. */
public final class ServiceCaseEvents {

    private ServiceCaseEvents() {
    }

    /** An SLA clock of an open case reached a level staff are told about, e.g. {@code RESOLUTION:BREACHED}. */
    public record SlaEscalated(String caseId, String level) {
    }
}
