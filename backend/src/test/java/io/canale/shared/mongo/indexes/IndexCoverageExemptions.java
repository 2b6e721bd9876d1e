package io.canale.shared.mongo.indexes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reviewed list of query shapes that need no index, each with the reason. A shape is written as
 * {@link QueryShape#toString()} prints it (and {@code IndexCoverageIT} reports it).
 */
final class IndexCoverageExemptions {

    private IndexCoverageExemptions() {
    }

    static Map<String, String> reasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("case_attachments.files find {}",
                "The GridFS driver's look for any file before a bucket's first upload (it reads one document, then creates the bucket's indexes).");
        reasons.put("fund_evidence.files find {}",
                "The GridFS driver's look for any file before a bucket's first upload (it reads one document, then creates the bucket's indexes).");
        reasons.put("shipment_proofs.files find {}",
                "The GridFS driver's look for any file before a bucket's first upload (it reads one document, then creates the bucket's indexes).");
        reasons.put("fs.files find {}",
                "The GridFS driver's look for any file before a bucket's first upload (it reads one document, then creates the bucket's indexes).");
        reasons.put("orders aggregate {}",
                "Demo profile only: whether the store holds any order yet, to seed it once (reads one document).");
        reasons.put("price_lists aggregate {}",
                "Demo profile only: counts the price lists (a handful) to seed an empty store once.");
        reasons.put("service_cases aggregate {}",
                "Demo profile only: whether the store holds any case yet, to seed it once (reads one document).");
        reasons.put("opportunities find {}",
                "The staff's pipeline sums every opportunity by stage: a report over the whole collection, which no index makes smaller.");
        reasons.put("service_cases find {}",
                "The staff's case board counts every case by state and whom it waits on: a report over the whole collection.");
        reasons.put("service_cases find {\"productSku\": \"NEGATION\"}",
                "The staff's case board lists the products that have cases: a report over the whole collection.");
        reasons.put("notifications find {\"recordLabel\": \"EXISTS\", \"recordType\": \"IN\"} sort [_id: 1]",
                "At start until it completes once on a store (then never again, Backfills): gives notifications stored before labels existed their order's number.");
        reasons.put("signing_keys find {\"encryptedJwk\": \"EXISTS\"}",
                "A handful of documents: the signing keys in rotation (one new every 30 days, expired ones deleted).");
        reasons.put("oauth_authorizations find {\"$or\": [[{\"tokens.accessToken.value\": \"EXISTS\"}, {\"tokens.authorizationCode.value\": \"EXISTS\"}, {\"tokens.idToken.value\": \"EXISTS\"}, {\"tokens.refreshToken.value\": \"EXISTS\"}]]}",
                "Once per start: hashes the tokens an older version stored in clear; the collection holds only unexpired authorizations (expired ones are purged).");
        reasons.put("incentive_programs find {}",
                "The incentive feeder reads every program once per run to find those a purchase falls in: programs are few (staff define a handful a year).");
        return reasons;
    }
}
