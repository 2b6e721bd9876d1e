package io.canale.servicecase;

import io.canale.order.OrderReturns;
import io.canale.partner.PartnerDirectory;
import io.canale.partner.PartnerRef;
import io.canale.security.Caller;
import io.canale.shared.Payloads;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL entry points for returns on service cases: authorisation, the return shipment, inspection. */
@Controller
class CaseReturnController {

    record AuthorizeReturnInput(String id, Integer expectedVersion, List<ReturnAuthorization.Requested> lines) {
    }

    record CreateReturnShipmentInput(String id, Integer expectedVersion, String orderId, String carrierId, Integer packages) {
    }

    record InspectReturnInput(String id, Integer expectedVersion, List<ReturnAuthorization.Inspected> lines) {
    }

    private final CaseReturns returns;
    private final PartnerDirectory partners;
    private final OrderReturns orderReturns;

    CaseReturnController(CaseReturns returns, PartnerDirectory partners, OrderReturns orderReturns) {
        this.returns = returns;
        this.partners = partners;
        this.orderReturns = orderReturns;
    }

    @MutationMapping
    ServiceCaseController.ServiceCasePayload authorizeReturn(@Argument AuthorizeReturnInput input, Caller caller) {
        return run(() -> returns.authorize(caller, input.id(), input.expectedVersion(), input.lines()));
    }

    @MutationMapping
    ServiceCaseController.ServiceCasePayload createReturnShipment(@Argument CreateReturnShipmentInput input, Caller caller) {
        return run(() -> returns.ship(caller, input.id(), input.expectedVersion(), input.orderId(), input.carrierId(), input.packages()));
    }

    @MutationMapping
    ServiceCaseController.ServiceCasePayload inspectReturn(@Argument InspectReturnInput input, Caller caller) {
        return run(() -> returns.inspect(caller, input.id(), input.expectedVersion(), input.lines()));
    }

    private static ServiceCaseController.ServiceCasePayload run(Supplier<ServiceCase> change) {
        return Payloads.run(change, changed -> new ServiceCaseController.ServiceCasePayload(changed, List.of()),
                errors -> new ServiceCaseController.ServiceCasePayload(null, errors));
    }

    @SchemaMapping(typeName = "ServiceCase")
    ReturnAuthorization returnAuthorization(ServiceCase serviceCase) {
        return serviceCase.returnAuthorization();
    }

    /** Carriers of a page of return shipments, named in one query. */
    @BatchMapping(typeName = "ReturnShipmentRef", field = "carrier")
    Map<ReturnAuthorization.ShipmentRef, PartnerRef> carrier(List<ReturnAuthorization.ShipmentRef> shipments) {
        return partners.refsOf(shipments, ReturnAuthorization.ShipmentRef::carrierId);
    }

    /** Where the goods of a page of return shipments are, in one query; null for a shipment the reader may not see. */
    @BatchMapping(typeName = "ReturnShipmentRef", field = "status")
    Map<ReturnAuthorization.ShipmentRef, String> status(List<ReturnAuthorization.ShipmentRef> shipments, @ContextValue Caller caller) {
        Map<String, String> statuses = orderReturns.shipmentStatuses(caller, shipments.stream().map(ReturnAuthorization.ShipmentRef::shipmentId)
                .collect(Collectors.toSet()));
        Map<ReturnAuthorization.ShipmentRef, String> byRef = new HashMap<>();
        shipments.forEach(shipment -> byRef.put(shipment, statuses.get(shipment.shipmentId())));
        return byRef;
    }
}
