package io.canale.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing on the sign-in form. A throttled attempt is refused before its password is checked
 * (a correct one too), by a redirect to {@code /login?wait=<seconds>}: the request thread never sleeps. Known
 * and unknown e-mails get the same answers, so the page never tells whether an account exists.
 */
final class SignInThrottle extends OncePerRequestFilter implements AuthenticationFailureHandler, AuthenticationSuccessHandler {

    private final SignInFailures failures;
    private final AuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInThrottle(SignInFailures failures) {
        this.failures = failures;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = failures.waitBefore(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            askToWait(request, response, wait.get());
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        Duration wait = failures.recordFailure(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPositive()) {
            askToWait(request, response, wait);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        failures.recordSuccess(authentication.getName());
        signedIn.onAuthenticationSuccess(request, response, authentication);
    }

    private static void askToWait(HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds);
    }
}
