package io.canale.shared.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limit of a public form (posted to without a token) per client address and minute; IPv6 per /64 (see
 * {@link ClientAddresses}). Counted before a byte of the body is read, so a flood costs the server neither reading
 * nor parsing; every post counts, whatever its body turns out to be. Beyond the limit: 429 with {@code Retry-After}.
 * Each form declares its own subclass, a {@code @Component} ordered {@link FilterOrders#BEFORE_BODY}, with its own
 * budget.
 */
public abstract class PublicFormRateLimit extends OncePerRequestFilter {

    private final String path;
    private final IntSupplier perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    /** {@code perMinute} is read when an address is first seen (configuration properties do not change). */
    protected PublicFormRateLimit(String path, IntSupplier perMinute) {
        this.path = path;
        this.perMinute = perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !path.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(ClientAddresses.rateLimitKey(request.getRemoteAddr()), address -> {
            int limit = perMinute.getAsInt();
            return Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, Duration.ofMinutes(1)).build())
                    .build();
        });
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"too many submissions; try again later\"}");
    }
}
