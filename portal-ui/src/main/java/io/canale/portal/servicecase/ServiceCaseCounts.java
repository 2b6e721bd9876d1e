package io.canale.portal.servicecase;

import io.canale.portal.api.SchemaType;
import java.util.List;

/** The coordination board's figures: cases per status and waiting cases per party awaited. */
@SchemaType
record ServiceCaseCounts(List<StatusCount> byStatus, List<WaitingOnCount> byWaitingOn) {

    @SchemaType("ServiceCaseStatusCount")
    record StatusCount(ServiceCase.Status status, int count) {
    }

    @SchemaType("CaseWaitingOnCount")
    record WaitingOnCount(ServiceCase.WaitingOn waitingOn, int count) {
    }

    int of(ServiceCase.Status status) {
        return byStatus.stream().filter(each -> each.status() == status).mapToInt(StatusCount::count).findFirst().orElse(0);
    }

    int of(ServiceCase.WaitingOn waitingOn) {
        return byWaitingOn.stream().filter(each -> each.waitingOn() == waitingOn).mapToInt(WaitingOnCount::count).findFirst().orElse(0);
    }
}
