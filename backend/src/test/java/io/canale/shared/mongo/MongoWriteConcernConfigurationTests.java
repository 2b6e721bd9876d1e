package io.canale.shared.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MongoWriteConcernConfigurationTests {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withBean(MongoConnectionDetails.class, () -> () -> new ConnectionString("mongodb://db.example/canale"))
            .withUserConfiguration(MongoWriteConcernConfiguration.class);

    @Test
    void writes_to_a_real_mongodb_wait_for_a_journaled_majority() {
        assertThat(writeConcernFor("mongodb://db.example/canale?replicaSet=rs0"))
                .isEqualTo(WriteConcern.MAJORITY.withJournal(true));
    }

    @Test
    void a_write_concern_in_the_connection_string_takes_precedence() {
        assertThat(writeConcernFor("mongodb://db.example/canale?replicaSet=rs0&w=1")).isEqualTo(WriteConcern.W1);
    }

    @Test
    void it_applies_only_when_a_real_mongodb_is_configured() {
        contexts.run(context -> assertThat(context).doesNotHaveBean(MongoClientSettingsBuilderCustomizer.class));
        contexts.withPropertyValues("spring.mongodb.uri=mongodb://db.example/canale")
                .run(context -> assertThat(context).hasSingleBean(MongoClientSettingsBuilderCustomizer.class));
        contexts.withPropertyValues("spring.mongodb.host=db.example")
                .run(context -> assertThat(context).hasSingleBean(MongoClientSettingsBuilderCustomizer.class));
    }

    /** The settings as Boot builds them: the connection string first, then the customizers. */
    private static WriteConcern writeConcernFor(String uri) {
        ConnectionString connection = new ConnectionString(uri);
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(connection);
        new MongoWriteConcernConfiguration().majorityJournaledWrites(() -> connection).customize(settings);
        return settings.build().getWriteConcern();
    }
}
