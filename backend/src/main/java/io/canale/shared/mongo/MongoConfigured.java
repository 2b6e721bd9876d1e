package io.canale.shared.mongo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when a real MongoDB is configured ({@code spring.mongodb.uri} or {@code spring.mongodb.host}). */
public class MongoConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return in(context.getEnvironment());
    }

    public static boolean in(Environment environment) {
        return environment.containsProperty("spring.mongodb.uri") || environment.containsProperty("spring.mongodb.host");
    }
}
