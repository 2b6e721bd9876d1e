package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.security.PartnerRole;
import io.canale.shared.PartnerType;
import io.canale.support.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * With {@code canale.auth.mfa.required-for=staff} (see {@link MailServerTestBase}), staff get past the
 * authorization endpoint only after a one-time code sent by mail; everybody else signs in with the password.
 */
class SecondFactorTests extends MailServerTestBase {

    private static final String VERIFIER = "verifier-" + UUID.randomUUID() + "-and-some-more-characters";
    private static final Pattern CODE = Pattern.compile("/login/ott\\?token=([A-Za-z0-9%_-]+)");

    @Autowired
    UserAccounts accounts;

    @Test
    void staff_with_only_a_password_do_not_get_past_the_authorization_endpoint() {
        SignInForm browser = new SignInForm(http.base(), "198.51.200.1");

        String afterPassword = signInWithPassword(browser, "staff@canale.demo");
        String afterAuthorize = SignInForm.location(browser.get(afterPassword));

        assertThat(afterAuthorize).contains("/login/code").doesNotStartWith(Http.PORTAL_REDIRECT);
        HttpResponse<String> page = browser.get("/login/code?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("we mail you a one-time code");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
    }

    @Test
    void the_code_from_the_mail_completes_the_staff_sign_in() {
        SignInForm browser = new SignInForm(http.base(), "198.51.200.2");
        String authorize = signInWithPassword(browser, "staff@canale.demo");
        browser.get(authorize);
        int mailsBefore = mailsTo("staff@canale.demo").size();

        String sent = SignInForm.location(browser.post("/ott/generate", "/login/code", Map.of()));
        assertThat(sent).endsWith("/login/code?sent");
        assertThat(mailsTo("staff@canale.demo")).hasSize(mailsBefore + 1);
        Matcher code = CODE.matcher(text(mailsTo("staff@canale.demo").getLast()));
        assertThat(code.find()).isTrue();
        String token = java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8);

        String back = SignInForm.location(browser.post("/login/ott", "/login/code?sent", Map.of("token", token)));
        String withCode = SignInForm.location(browser.get(back));

        assertThat(withCode).startsWith(Http.PORTAL_REDIRECT).contains("code=");
        assertThat(exchange(withCode).path("access_token").asString()).isNotBlank();
    }

    @Test
    void a_dealer_who_is_not_an_admin_signs_in_with_the_password_alone() {
        String email = "member-" + UUID.randomUUID() + "@bianchi-moto.demo";
        accounts.ensureActive(email, "Membro Semplice", "ptn_bianchi_moto", PartnerType.DEALER, PartnerRole.MEMBER,
                "a-good-password-1");
        SignInForm browser = new SignInForm(http.base(), "198.51.200.3");

        String withCode = SignInForm.location(browser.get(signInWithPassword(browser, email, "a-good-password-1")));

        assertThat(withCode).startsWith(Http.PORTAL_REDIRECT).contains("code=");
        assertThat(exchange(withCode).path("access_token").asString()).isNotBlank();
        assertThat(http.userToken("dealer2@canale.demo")).isNotBlank(); // an admin too, as only staff are named
    }

    @Test
    void nobody_gets_a_code_without_the_password() {
        SignInForm anonymous = new SignInForm(http.base(), "198.51.200.4");
        int mailsBefore = mailsTo("staff@canale.demo").size();

        HttpResponse<String> asked = anonymous.post("/ott/generate", "/login", Map.of("username", "staff@canale.demo"));

        assertThat(SignInForm.location(asked)).doesNotContain("sent");
        assertThat(mailsTo("staff@canale.demo")).hasSize(mailsBefore);
        assertThat(SignInForm.location(anonymous.get("/login/code"))).endsWith("/login");
    }

    private String signInWithPassword(SignInForm browser, String email) {
        return signInWithPassword(browser, email, Http.DEMO_PASSWORD);
    }

    /** Opens the portal's authorization request, signs in with the password; answers where the form sends next. */
    private String signInWithPassword(SignInForm browser, String email, String password) {
        String authorize = "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", Http.PORTAL,
                "redirect_uri", Http.PORTAL_REDIRECT, "scope", Http.PORTAL_SCOPES, "state", "s-" + UUID.randomUUID(),
                "code_challenge", challenge(), "code_challenge_method", "S256"));
        assertThat(SignInForm.location(browser.get(authorize))).endsWith("/login");
        String next = browser.signIn(email, password);
        assertThat(next).contains("/oauth2/authorize");
        return next;
    }

    private JsonNode exchange(String redirect) {
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(redirect);
        assertThat(code.find()).isTrue();
        return Http.json(http.post("/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8),
                "redirect_uri", Http.PORTAL_REDIRECT, "code_verifier", VERIFIER), Http.PORTAL, Http.PORTAL_SECRET));
    }

    private static String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
