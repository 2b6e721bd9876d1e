package io.canale.shared.embedded;

import io.canale.shared.mongo.MongoConfigured;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when neither a MongoDB URI nor a host is configured: then the embedded store is used. */
class NoMongoConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !MongoConfigured.in(context.getEnvironment());
    }
}
