package io.canale.identity;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface PartnerSystemClientRepository extends MongoRepository<PartnerSystemClient, String> {

    Optional<PartnerSystemClient> findByClientId(String clientId);
}
