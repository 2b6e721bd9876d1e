package io.canale.servicecase;

/** What happened to service cases, published after the change is stored. Past tense; ids only. */
public final class ServiceCaseEvents {

    private ServiceCaseEvents() {
    }

    /** An SLA clock of an open case reached a level staff are told about, e.g. {@code RESOLUTION:BREACHED}. */
    public record SlaEscalated(String caseId, String level) {
    }

    /**
     * The supplier refunds returned goods of a case: incentive accruals may reverse what these goods earned. All lines
     * are of one supplier (each supplier inspects its own goods); quantities are those received.
     */
    public record ReturnRefunded(String caseId, String rmaNumber, String dealerId, String supplierId, java.util.List<RefundedLine> lines) {
    }

    /** A refunded order line and how many of its goods came back. */
    public record RefundedLine(String orderId, int line, String sku, int quantity) {
    }
}
