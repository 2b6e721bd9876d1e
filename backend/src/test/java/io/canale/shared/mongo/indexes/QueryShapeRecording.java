package io.canale.shared.mongo.indexes;

import java.util.List;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Adds the {@link QueryShapeRecorder} (and {@link io.canale.support.SentCommands}) to the MongoDB client of every application context the tests start
 * (registered in {@code META-INF/spring.factories} of the tests).
 */
class QueryShapeRecording implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new RecordQueryShapes();
    }

    /** The same for every test class, so it leaves Spring's context caching alone. */
    private record RecordQueryShapes() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            context.getBeanFactory().registerSingleton("queryShapeRecording",
                    (MongoClientSettingsBuilderCustomizer) settings -> settings.addCommandListener(QueryShapeRecorder.INSTANCE)
                            .addCommandListener(io.canale.support.SentCommands.INSTANCE));
        }
    }
}
