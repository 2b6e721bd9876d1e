package io.canale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.security.PartnerRole;
import io.canale.shared.PartnerType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Password guessing on the sign-in form is slowed down per account and per client address, and the answers
 * never tell whether an account exists. Delays start at an hour in this context (see {@link MailServerTestBase}).
 */
class SignInThrottleTests extends MailServerTestBase {

    private static final String PASSWORD = "a-good-password-1";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    UserAccounts accounts;

    @Test
    void the_sixth_wrong_password_is_answered_with_the_wait_message() {
        String email = freshAccount();
        String address = freshAddress();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(SignInForm.attempt(http.base(), address, email, "wrong-password"));
        }

        assertThat(answers.subList(0, 4)).allSatisfy(answer -> assertThat(answer).endsWith("/login?error"));
        assertThat(answers.subList(4, 6)).allSatisfy(answer -> assertThat(answer).endsWith("/login?wait=3600"));
        String english = new SignInForm(http.base(), address).get("/login?wait=3600&lang=en").body();
        String italian = new SignInForm(http.base(), address).get("/login?wait=3600&lang=it").body();
        assertThat(english).contains("Too many failed sign-ins. Wait 60 minutes, then try again.");
        assertThat(italian).contains("Troppi accessi non riusciti. Attendi 60 minuti, poi riprova.");
        assertThat(new SignInForm(http.base(), address).get("/login?wait=1&lang=en").body()).contains("Wait 1 second,");
    }

    @Test
    void the_right_password_is_refused_the_same_way_while_the_account_waits() {
        String email = freshAccount();
        for (int i = 0; i < 5; i++) {
            SignInForm.attempt(http.base(), freshAddress(), email, "wrong-password");
        }

        String wrong = SignInForm.attempt(http.base(), freshAddress(), email, "wrong-password");
        String right = SignInForm.attempt(http.base(), freshAddress(), email, PASSWORD);

        assertThat(right).isEqualTo(wrong).endsWith("/login?wait=3600");
    }

    @Test
    void an_unknown_account_gets_exactly_the_answers_of_a_known_one() {
        String known = freshAccount();
        String unknown = "nobody-" + UUID.randomUUID() + "@canale.demo";
        String knownAddress = freshAddress();
        String unknownAddress = freshAddress();
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            knownAnswers.add(SignInForm.attempt(http.base(), knownAddress, known, "wrong-password"));
            unknownAnswers.add(SignInForm.attempt(http.base(), unknownAddress, unknown, "wrong-password"));
        }

        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        assertThat(knownAnswers.getLast()).endsWith("/login?wait=3600");
    }

    @Test
    void one_address_guessing_across_many_accounts_is_made_to_wait() {
        String address = freshAddress();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(SignInForm.attempt(http.base(), address, "guess-" + i + "-" + UUID.randomUUID() + "@canale.demo",
                    "wrong-password"));
        }
        String email = freshAccount();

        assertThat(answers.subList(0, 19)).allSatisfy(answer -> assertThat(answer).endsWith("/login?error"));
        assertThat(answers.getLast()).endsWith("/login?wait=3600");
        assertThat(SignInForm.attempt(http.base(), address, email, PASSWORD)).endsWith("/login?wait=3600");
        assertThat(SignInForm.attempt(http.base(), freshAddress(), email, PASSWORD)).doesNotContain("/login?");
    }

    @Test
    void an_ipv6_client_is_counted_per_64_network() {
        String network = "2001:db8:" + Integer.toHexString(ADDRESSES.incrementAndGet()) + ":1::";
        for (int i = 0; i < 20; i++) {
            SignInForm.attempt(http.base(), network + Integer.toHexString(i + 1), "v6-" + UUID.randomUUID() + "@canale.demo",
                    "wrong-password");
        }

        assertThat(SignInForm.attempt(http.base(), network + "ffff", freshAccount(), PASSWORD)).endsWith("/login?wait=3600");
    }

    @Test
    void a_successful_sign_in_ends_the_accounts_run_of_failures() {
        String email = freshAccount();
        String address = freshAddress();
        for (int i = 0; i < 4; i++) {
            SignInForm.attempt(http.base(), address, email, "wrong-password");
        }
        assertThat(SignInForm.attempt(http.base(), address, email, PASSWORD)).doesNotContain("/login?");

        for (int i = 0; i < 4; i++) {
            assertThat(SignInForm.attempt(http.base(), address, email, "wrong-password")).endsWith("/login?error");
        }
    }

    private String freshAccount() {
        String email = "throttle-" + UUID.randomUUID() + "@bianchi-moto.demo";
        accounts.ensureActive(email, "Prova Accesso", "ptn_bianchi_moto", PartnerType.DEALER, PartnerRole.MEMBER, PASSWORD);
        return email;
    }

    private static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

}
