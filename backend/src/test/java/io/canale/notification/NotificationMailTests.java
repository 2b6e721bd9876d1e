package io.canale.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.canale.identity.UserAccounts;
import io.canale.security.PartnerRole;
import io.canale.shared.PartnerType;
import io.canale.support.Http;
import io.canale.support.MailTestBase;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Notification mails through a real SMTP server (GreenMail): the people of the notified partner are mailed at once in
 * their language, nobody of another partner is; a kind set OFF is not mailed, one set DAILY_DIGEST waits for the
 * day's digest; and a mailer that reads the feed again from an earlier position mails nobody twice.
 */
class NotificationMailTests extends MailTestBase {

    static final String FERRI = "ptn_ferri_componenti";
    static final String UPDATE = "mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { "
            + "preferences { kinds { kind delivery } } userErrors { field code message } } }";
    static final String LIST = "{ notifications(first: 100) { edges { node { recordId } } } }";
    static final List<String> OTHER_PARTNERS = List.of("staff@canale.demo", "dealer@canale.demo", "dealer2@canale.demo",
            "supplier2@canale.demo", "carrier@canale.demo");

    @Autowired
    UserAccounts accounts;
    @Autowired
    ImmediateMails immediate;
    @Autowired
    DailyDigest digest;
    @Autowired
    NotificationMailOutbox outbox;
    @Autowired
    MongoOperations mongo;
    @Autowired
    Clock clock;

    @Test
    void an_order_is_mailed_at_once_to_each_person_of_its_supplier_in_their_language_and_to_nobody_else() {
        String english = person("ferri-en");
        accounts.preferLocale(english, Locale.ENGLISH);

        String orderId = orderForFerri();
        MimeMessage italian = awaitMail("supplier@canale.demo", orderId);
        MimeMessage inEnglish = awaitMail(english, orderId);
        drain();

        // Named by its number, as people know it; linked by its id.
        String number = numberOf(orderId);
        assertThat(subject(italian)).isEqualTo("Canale: Ordine da confermare (" + number + ")");
        assertThat(text(italian)).contains("Ciao Paolo Ferri", "Un ordine (" + number + ") attende la tua risposta",
                "http://localhost:8081/orders/" + orderId, "http://localhost:8081/notifications/preferences");
        assertThat(subject(inEnglish)).isEqualTo("Canale: Order to answer (" + number + ")");
        assertThat(text(inEnglish)).contains("Hello Ferri-en", "An order (" + number + ") is waiting for your answer",
                "http://localhost:8081/orders/" + orderId);
        assertThat(recipientsOf(orderId)).as("Ferri's people only, once each")
                .containsExactlyInAnyOrder("supplier@canale.demo", english);
        for (String other : OTHER_PARTNERS) {
            assertThat(mailsAbout(other, orderId)).as(other + " cannot read Ferri's order").isEmpty();
        }
    }

    @Test
    void a_kind_set_off_is_not_mailed_and_a_daily_digest_lists_the_days_notices_in_one_mail_once() {
        String off = person("ferri-off");
        String daily = person("ferri-daily");
        choose(off, "ORDER_TO_ANSWER", "OFF");
        choose(daily, "ORDER_TO_ANSWER", "DAILY_DIGEST");

        String first = orderForFerri();
        String second = orderForFerri();
        awaitMail("supplier@canale.demo", first);
        awaitMail("supplier@canale.demo", second);
        drain();
        for (String order : List.of(first, second)) {
            assertThat(mailsAbout(off, order)).as("OFF").isEmpty();
            assertThat(mailsAbout(daily, order)).as("not before the digest").isEmpty();
        }

        String dailyToken = tokenFor(daily);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String list = http.graphql(dailyToken, LIST).toString();
            return list.contains(first) && list.contains(second);
        });
        var day = digest.dayOf(clock.instant());
        assertThat(digest.queue(day)).as("digests queued").isPositive();
        outbox.sendDue();
        List<MimeMessage> digests = mailsAbout(daily, first);
        assertThat(digests).as("one digest with both orders").hasSize(1);
        assertThat(subject(digests.getFirst())).startsWith("Canale: il tuo riepilogo giornaliero (");
        assertThat(text(digests.getFirst())).contains("Ciao Ferri-daily", "Ordine da confermare: " + numberOf(first),
                "Ordine da confermare: " + numberOf(second), "http://localhost:8081/orders/" + second);
        assertThat(mailsAbout(off, first)).as("OFF is off in the digest too").isEmpty();

        digest.queue(day);
        outbox.sendDue();
        assertThat(mailsAbout(daily, first)).as("the day's digest goes out once").hasSize(1);
    }

    @Test
    void reading_the_feed_again_from_an_earlier_position_mails_nobody_twice() {
        String orderId = orderForFerri();
        awaitMail("supplier@canale.demo", orderId);
        drain();
        int received = MAIL.getReceivedMessages().length;

        // As after a crash between queuing the mails and moving the position, or on a second node that lags behind.
        mongo.getCollection(ImmediateMails.CURSOR).updateOne(Filters.eq("_id", "feed"), Updates.set("after", 0L));
        assertThat(immediate.queue()).as("mails queued again").isZero();
        outbox.sendDue();

        assertThat(mailsAbout("supplier@canale.demo", orderId)).hasSize(1);
        assertThat(MAIL.getReceivedMessages()).as("no mail sent again").hasSize(received);
    }

    @Test
    void a_mail_claimed_by_a_node_that_died_is_sent_once_when_its_lease_ends_and_not_before() {
        String to = "lease-" + UUID.randomUUID() + "@canale.test";
        Instant now = clock.instant();
        // Claimed (attempt 1) by a node that died before marking them SENT: one lease ended, the other runs on.
        mongo.insert(new NotificationMail("test|ended|" + to, to, "Lease ended", "ended", NotificationMail.Status.PENDING,
                now.minus(Duration.ofMinutes(3)), now.minusSeconds(1), 1, null));
        mongo.insert(new NotificationMail("test|running|" + to, to, "Lease running", "running", NotificationMail.Status.PENDING,
                now, now.plus(Duration.ofMinutes(2)), 1, null));

        try {
            outbox.sendDue();
            outbox.sendDue();

            assertThat(mailsTo(to)).extracting(MailTestBase::subject).containsExactly("Lease ended");
        } finally {
            // Not left for the other tests, which wait until nothing is pending.
            mongo.remove(Query.query(Criteria.where("_id").is("test|running|" + to)), NotificationMail.class);
        }
    }

    /** A new active person of Ferri Componenti (demo password), answered by e-mail; its name is the address's local part. */
    private String person(String name) {
        String email = name + "-" + UUID.randomUUID() + "@canale.test";
        accounts.ensureActive(email, Character.toUpperCase(name.charAt(0)) + name.substring(1), FERRI, PartnerType.SUPPLIER,
                PartnerRole.MEMBER, Http.DEMO_PASSWORD);
        return email;
    }

    private void choose(String email, String kind, String delivery) {
        http.payload(tokenFor(email), UPDATE, Map.of("input", Map.of("preferences", List.of(Map.of("kind", kind, "delivery", delivery)))));
    }

    /** Queues what the feed holds and sends every due mail now, and waits for mails another node's tick may hold. */
    private void drain() {
        immediate.queue();
        outbox.sendDue();
        Query pending = Query.query(Criteria.where("status").is(NotificationMail.Status.PENDING)
                .and("dueAt").lte(clock.instant().plus(Duration.ofDays(1))));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(pending, NotificationMail.class) == 0);
    }

    private static MimeMessage awaitMail(String to, String about) {
        await().atMost(Duration.ofSeconds(120)).until(() -> !mailsAbout(to, about).isEmpty());
        return mailsAbout(to, about).getFirst();
    }

    private static List<MimeMessage> mailsAbout(String to, String about) {
        return mailsTo(to).stream().filter(mail -> text(mail).contains(about)).toList();
    }

    private static List<String> recipientsOf(String about) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(mail -> text(mail).contains(about)).map(mail -> {
            try {
                return mail.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
    }

    private String numberOf(String orderId) {
        String number = http.graphql(tokenFor("dealer@canale.demo"), "query($id: ID!) { order(id: $id) { number } }", Map.of("id", orderId))
                .at("/data/order/number").asString();
        assertThat(number).matches("\\d{4}-\\d{6}");
        return number;
    }

    /** Rossi Auto orders brake pads, which Ferri Componenti supplies; answers the order's id. */
    private String orderForFerri() {
        return http.payload(tokenFor("dealer@canale.demo"), "mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { "
                + "orders { id } userErrors { field code message } } }", Map.of("input", Map.of(
                "lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 2)), "requestedDate", "2099-01-15",
                "idempotencyKey", "mail-" + UUID.randomUUID(),
                "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20100",
                        "city", "Milano", "country", "IT")))).at("/orders/0/id").asString();
    }
}
