package io.canale.lead;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface LeadRepository extends MongoRepository<Lead, String> {

    Optional<Lead> findByIdempotencyKey(String idempotencyKey);
}
