package io.canale.shared.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Wires the scalars, the query limits and error handling into Spring for GraphQL. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimitsProperties.class)
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer canaleScalars() {
        return wiring -> wiring.scalar(Scalars.DATE_TIME)
                .scalar(Scalars.DECIMAL)
                .scalar(Scalars.COUNTRY_CODE)
                .scalar(Scalars.LOCALE);
    }

    /**
     * The keyset positions inside cursors, written strictly ({@link KeysetCursors}). Declared as an
     * {@link EncodingCursorStrategy} so that Boot's default (Base64 over polymorphic JSON) steps aside; the
     * encoding itself is left to {@link PagingArguments}, which also binds each cursor to its connection.
     */
    @Bean
    EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
        return CursorStrategy.withEncoder(new KeysetCursors(), CursorEncoder.noOpEncoder());
    }

    @Bean
    PagingArguments pagingArguments() {
        return new PagingArguments();
    }

    /** First of the instrumentations: the rate budgets (io.canale.budget) charge the cost it measures. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    QueryLimitsInstrumentation queryLimitsInstrumentation(QueryLimitsProperties limits) {
        return new QueryLimitsInstrumentation(limits);
    }

    /**
     * Controller methods run on the thread of the request, which is already a virtual thread (Tomcat's), instead of
     * each on a new one: Spring for GraphQL hands every blocking controller method to the executor when virtual threads
     * are on, so a page of 50 records with two per-record resolvers paid a hundred thread hops and context snapshots for
     * work that takes microseconds, and a request's sibling fields would not run in parallel anyway.
     */
    @Bean
    static BeanPostProcessor controllerMethodsOnRequestThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }

    /**
     * The instrumentations, as Spring Boot hands them to Spring for GraphQL (every {@link Instrumentation} bean, in
     * order), in a chain that passes the per-field hooks only to those that implement them ({@link InstrumentationChain}).
     */
    @Bean
    GraphQlSourceBuilderCustomizer instrumentationChain(ObjectProvider<Instrumentation> instrumentations) {
        return builder -> builder.configureGraphQl(graphQl -> {
            List<Instrumentation> all = instrumentations.orderedStream().toList();
            if (!all.isEmpty()) {
                graphQl.instrumentation(new InstrumentationChain(all));
            }
        });
    }

    /**
     * Parses and validates each distinct document once: clients send the same few queries again and again.
     * Validation does not depend on variables, so the query text is the key; the cache is bounded by the
     * total length of the cached documents (about 10 MB of text), not by their number.
     */
    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
                .maximumWeight(5_000_000).<String, PreparsedDocumentEntry>weigher((query, entry) -> query.length()).build();
        PreparsedDocumentProvider provider = (input, parseAndValidate) -> CompletableFuture.completedFuture(
                documents.get(input.getQuery(), query -> parseAndValidate.apply(input)));
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
    }
}
