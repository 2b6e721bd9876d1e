package io.canale.opportunity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Products that open opportunities expect to sell, for suppliers' demand forecasts. Callers apply the access
 * policy (suppliers never learn the dealers).
 */
@Service
public class OpportunityDemand {

    /** One expected product of an open opportunity, placed on its expected close date. */
    public record ExpectedItem(String sku, String supplierId, String dealerId, LocalDate expectedClose, int quantity,
            int probability) {

        /** The quantity weighted by the chance of winning, in hundredths of a unit (rounded by the caller). */
        public long weightedHundredths() {
            return (long) quantity * probability;
        }
    }

    private final MongoOperations mongo;
    private final PipelineStages stages;

    OpportunityDemand(MongoOperations mongo, PipelineStages stages) {
        this.mongo = mongo;
        this.stages = stages;
    }

    /** Items of opportunities not yet won or lost, expected to close between two days, of one supplier or of all (null). */
    public List<ExpectedItem> openItems(String supplierId, LocalDate from, LocalDate to) {
        Criteria criteria = Criteria.where("stage").nin(stages.won(), stages.lost())
                .and("expectedCloseDate").gte(from.toString()).lte(to.toString());
        if (supplierId != null) {
            criteria = criteria.and("items.supplierId").is(supplierId);
        }
        List<ExpectedItem> expected = new ArrayList<>();
        for (Opportunity opportunity : mongo.find(Query.query(criteria), Opportunity.class)) {
            LocalDate close = LocalDate.parse(opportunity.expectedCloseDate());
            for (OpportunityItem item : opportunity.items()) {
                if (supplierId == null || supplierId.equals(item.supplierId())) {
                    expected.add(new ExpectedItem(item.sku(), item.supplierId(), opportunity.dealerId(), close, item.quantity(),
                            opportunity.probability()));
                }
            }
        }
        return expected;
    }
}
