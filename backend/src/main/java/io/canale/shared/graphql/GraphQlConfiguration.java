package io.canale.shared.graphql;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    @Bean
    QueryLimitsInstrumentation queryLimitsInstrumentation(QueryLimitsProperties limits) {
        return new QueryLimitsInstrumentation(limits);
    }
}
