package io.canale.servicecase;

import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service-case settings.
 *
 * @param reopenWindow how long after its resolution the dealer or staff may reopen a case
 * @param warrantyTerm the warranty term of products whose product line has no term of its own
 * @param warrantyTerms warranty terms by product line (names compared ignoring case), e.g. {@code Batterie: P12M}
 */
@ConfigurationProperties("canale.service")
record ServiceProperties(Duration reopenWindow, Period warrantyTerm, Map<String, Period> warrantyTerms) {

    ServiceProperties {
        reopenWindow = reopenWindow != null ? reopenWindow : Duration.ofDays(30);
        warrantyTerm = warrantyTerm != null ? warrantyTerm : Period.ofMonths(24);
        Map<String, Period> byLine = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (warrantyTerms != null) {
            warrantyTerms.forEach((line, term) -> byLine.put(line.strip().toLowerCase(Locale.ROOT), term));
        }
        warrantyTerms = byLine;
    }

    Period termOf(String productLine) {
        return productLine == null ? warrantyTerm : warrantyTerms.getOrDefault(productLine.strip(), warrantyTerm);
    }
}
