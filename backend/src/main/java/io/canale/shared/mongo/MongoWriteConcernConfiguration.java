package io.canale.shared.mongo;

import com.mongodb.WriteConcern;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * On a real MongoDB a write is acknowledged once a majority of the replica set has it in its on-disk journal
 * ({@code w: "majority", j: true}): an acknowledged write then survives a crash or power loss of any minority
 * of members, the primary included, and a fail-over does not roll it back. A write concern in the connection
 * string ({@code ?w=...&journal=...}) takes precedence.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MongoConfigured.class)
public class MongoWriteConcernConfiguration {

    static final WriteConcern MAJORITY_JOURNALED = WriteConcern.MAJORITY.withJournal(true);

    @Bean
    MongoClientSettingsBuilderCustomizer majorityJournaledWrites(MongoConnectionDetails connection) {
        return settings -> {
            if (connection.getConnectionString().getWriteConcern() == null) {
                settings.writeConcern(MAJORITY_JOURNALED);
            }
        };
    }
}
