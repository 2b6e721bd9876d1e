package io.canale.shared.csv;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes the configured {@link CsvLimits} ({@code canale.imports.csv.*}) available to every CSV reader. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CsvLimits.class)
class CsvConfiguration {
}
