package io.canale.portal.servicecase;

import io.canale.portal.api.Connection;
import java.util.List;

/**
 * The coordination board: a column per open status and a column per party a case waits on, each with its count over
 * every case and the newest cards loaded. A column may hold more cases than cards: {@link Column#hidden()}.
 */
record ServiceCaseBoard(List<Column> byStatus, List<Column> byWaitingOn) {

    /** {@code key}: the status or party, for ids and texts. */
    record Column(String key, int count, List<ServiceCase> cards) {

        int hidden() {
            return Math.max(0, count - cards.size());
        }
    }

    /** The answer of the board document: the counts and one connection per column, by alias. */
    record Data(ServiceCaseCounts serviceCaseCounts, Connection<ServiceCase> newCases, Connection<ServiceCase> triagedCases,
            Connection<ServiceCase> inProgressCases, Connection<ServiceCase> waitingCases, Connection<ServiceCase> onDealer,
            Connection<ServiceCase> onSupplier, Connection<ServiceCase> onCarrier, Connection<ServiceCase> onEndCustomer) {
    }

    static ServiceCaseBoard of(Data data) {
        ServiceCaseCounts counts = data.serviceCaseCounts();
        return new ServiceCaseBoard(List.of(
                column(ServiceCase.Status.NEW, counts, data.newCases()),
                column(ServiceCase.Status.TRIAGED, counts, data.triagedCases()),
                column(ServiceCase.Status.IN_PROGRESS, counts, data.inProgressCases()),
                column(ServiceCase.Status.WAITING, counts, data.waitingCases())), List.of(
                column(ServiceCase.WaitingOn.DEALER, counts, data.onDealer()),
                column(ServiceCase.WaitingOn.SUPPLIER, counts, data.onSupplier()),
                column(ServiceCase.WaitingOn.CARRIER, counts, data.onCarrier()),
                column(ServiceCase.WaitingOn.END_CUSTOMER, counts, data.onEndCustomer())));
    }

    private static Column column(ServiceCase.Status status, ServiceCaseCounts counts, Connection<ServiceCase> page) {
        List<ServiceCase> cards = page == null ? List.of() : page.nodes();
        return new Column(status.name(), Math.max(counts.of(status), cards.size()), cards);
    }

    private static Column column(ServiceCase.WaitingOn on, ServiceCaseCounts counts, Connection<ServiceCase> page) {
        List<ServiceCase> cards = page == null ? List.of() : page.nodes();
        return new Column(on.name(), Math.max(counts.of(on), cards.size()), cards);
    }
}
