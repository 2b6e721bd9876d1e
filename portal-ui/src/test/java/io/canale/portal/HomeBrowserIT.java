package io.canale.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * The home of each audience shows what waits with the counts the API answers the same person, the menu carries the
 * same counts as badges, an item opens its record, and the page speaks Italian to an Italian reader.
 */
class HomeBrowserIT extends BrowserTestBase {

    static final String COUNTS = "{ viewer { todo { kind area count } } }";
    static final List<String> AUDIENCES = List.of("dealer@canale.demo", "supplier@canale.demo", "carrier@canale.demo",
            "staff@canale.demo");

    @Test
    void each_audience_sees_the_counts_the_api_answers_it_on_the_home_and_in_the_menu() {
        for (String email : AUDIENCES) {
            PersonApi api = person(email);
            Map<String, Integer> before = counts(api.data(COUNTS));
            openAs("/", email);
            ui.until(ExpectedConditions.presenceOfElementLocated(By.id("todo")));
            Map<String, Integer> shown = shownCounts();
            Map<String, Integer> after = counts(api.data(COUNTS));
            // A deadline may pass in between (a lead leaves a dealer's list): the page must match one of the two answers.
            assertThat(List.of(before, after)).as("%s's home shows %s", email, shown).contains(shown);
            assertThat(shownBadges()).as("%s's menu badges", email).isEqualTo(badgesOf(api.data(COUNTS)));
            assertThat(browser.findElements(By.cssSelector(".kpi-tile"))).as("%s's figures", email).isNotEmpty();
            signOut();
        }
    }

    @Test
    void an_order_to_answer_on_the_suppliers_home_opens_the_order() {
        String orderId = submitOrderForFerri();
        openAs("/", "supplier@canale.demo");
        WebElement first = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-item-ORDERS_TO_ANSWER-0")));
        String recordId = first.getDomAttribute("data-record-id");
        assertThat(recordId).startsWith("ord");
        assertThat(orderId).isNotBlank();
        click(By.id("todo-item-ORDERS_TO_ANSWER-0"));
        ui.until(ExpectedConditions.urlContains("/orders/" + recordId));
        ui.until(ExpectedConditions.presenceOfElementLocated(By.id("order-title")));
        signOut();
    }

    @Test
    void the_carriers_home_and_profile_speak_italian_to_an_italian_reader() {
        PersonApi carrier = person("carrier@canale.demo");
        String prefer = "mutation($l: Locale!) { updateMyPreferences(input: {locale: $l}) { userErrors { code } } }";
        carrier.data(prefer, Map.of("l", "it"));
        try {
            openAs("/", "carrier@canale.demo");
            WebElement card = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-SHIPMENTS_TO_MOVE")));
            assertThat(card.getText()).contains("Spedizioni da muovere");
            assertThat(browser.findElement(By.id("todo")).getText()).contains("Cosa ti aspetta ora");
            assertThat(browser.findElement(By.id("kpis")).getText()).contains("I tuoi numeri", "Spedizioni in ritardo");
            browser.get(portal("/profile"));
            WebElement grants = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("viewer-scopes")));
            assertThat(grants.getText()).contains("Inviare, confermare e spedire ordini").doesNotContain("orders:write");
            signOut();
        } finally {
            carrier.data(prefer, Map.of("l", "en"));
        }
    }

    @Test
    void the_profile_page_shows_the_grants_in_words() {
        openAs("/profile", "dealer@canale.demo");
        WebElement grants = ui.until(ExpectedConditions.presenceOfElementLocated(By.id("viewer-scopes")));
        assertThat(browser.findElement(By.id("viewer-email")).getText()).isEqualTo("dealer@canale.demo");
        assertThat(grants.getText()).contains("See leads, opportunities and deal registrations", "Place, answer and ship orders")
                .doesNotContain("leads:read", "openid");
        signOut();
    }

    private static PersonApi person(String email) {
        return PersonApi.signIn("http://localhost:" + backendPort, "http://127.0.0.1:" + portalPort, email, "canale-demo");
    }

    private static Map<String, Integer> counts(JsonNode data) {
        Map<String, Integer> counts = new TreeMap<>();
        data.at("/viewer/todo").forEach(todo -> counts.put(todo.path("kind").asString(), todo.path("count").asInt()));
        return counts;
    }

    private static Map<String, Integer> badgesOf(JsonNode data) {
        Map<String, Integer> badges = new TreeMap<>();
        data.at("/viewer/todo").forEach(todo -> badges.merge(todo.path("area").asString(), todo.path("count").asInt(), Integer::sum));
        badges.values().removeIf(count -> count == 0);
        return badges;
    }

    private static Map<String, Integer> shownCounts() {
        Map<String, Integer> shown = new TreeMap<>();
        for (WebElement count : browser.findElements(By.cssSelector(".todo-count"))) {
            shown.put(count.getDomAttribute("id").substring("todo-count-".length()), Integer.parseInt(count.getDomAttribute("data-count")));
        }
        return shown;
    }

    private static Map<String, Integer> shownBadges() {
        Map<String, Integer> shown = new TreeMap<>();
        for (WebElement badge : browser.findElements(By.cssSelector(".nav-badge"))) {
            shown.put(badge.getDomAttribute("id").substring("nav-badge-".length()), Integer.parseInt(badge.getDomAttribute("data-count")));
        }
        return shown;
    }

    /** Rossi Auto's own system orders brake pads, which Ferri Componenti supplies; answers the order's id. */
    private static String submitOrderForFerri() {
        Map<String, Object> input = new LinkedHashMap<>(Map.of(
                "lines", List.of(Map.of("sku", "FRN-PAD-001", "quantity", 1)),
                "requestedDate", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString(),
                "deliveryAddress", Map.of("recipient", "Rossi Auto", "street", "Via Roma 1", "postalCode", "20121",
                        "city", "Milano", "country", "IT"),
                "idempotencyKey", "home-it-" + tag()));
        JsonNode submitted = PartnerSystemApi.as("dealer-system", backendPort).submitOrder(input);
        return submitted.at("/orders/0/id").asString();
    }
}
