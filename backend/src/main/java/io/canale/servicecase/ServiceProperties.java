package io.canale.servicecase;

import java.time.Duration;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Service-case settings.
 *
 * @param reopenWindow how long after its resolution the dealer or staff may reopen a case
 * @param warrantyTerm the warranty term of products whose product line has no term of its own
 * @param warrantyTerms warranty terms by product line (names compared ignoring case), e.g. {@code Batterie: P12M}
 * @param attachments limits of the files attached to comments
 */
@ConfigurationProperties("canale.service")
record ServiceProperties(Duration reopenWindow, Period warrantyTerm, Map<String, Period> warrantyTerms, Attachments attachments) {

    /**
     * Limits of comment attachments.
     *
     * @param maxBytes the largest file (10 MB: a phone photo with room to spare, a scanned document)
     * @param maxPerComment files one comment holds at most
     * @param maxPerCase files one case holds at most, over all its comments
     */
    record Attachments(DataSize maxBytes, Integer maxPerComment, Integer maxPerCase) {

        Attachments {
            maxBytes = maxBytes != null ? maxBytes : DataSize.ofMegabytes(10);
            maxPerComment = maxPerComment != null ? maxPerComment : 5;
            maxPerCase = maxPerCase != null ? maxPerCase : 50;
        }
    }

    ServiceProperties {
        reopenWindow = reopenWindow != null ? reopenWindow : Duration.ofDays(30);
        warrantyTerm = warrantyTerm != null ? warrantyTerm : Period.ofMonths(24);
        Map<String, Period> byLine = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (warrantyTerms != null) {
            warrantyTerms.forEach((line, term) -> byLine.put(line.strip().toLowerCase(Locale.ROOT), term));
        }
        warrantyTerms = byLine;
        attachments = attachments != null ? attachments : new Attachments(null, null, null);
    }

    Period termOf(String productLine) {
        return productLine == null ? warrantyTerm : warrantyTerms.getOrDefault(productLine.strip(), warrantyTerm);
    }
}
