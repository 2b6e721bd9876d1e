package io.canale.partner;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PartnerRepository extends MongoRepository<Partner, String> {

    boolean existsByIdAndActiveTrue(String id);
}
