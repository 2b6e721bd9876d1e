package io.canale.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a team would build instead of GraphQL, for the benchmark only: the partners page as plain JSON from a Spring MVC
 * endpoint, read with the driver (the same read as the raw column), mapped to records and written by Spring's
 * Jackson converter, behind the same bearer-token check as the API (the application's {@code JwtDecoder}, scope
 * {@code partners:read}). It lives in the bench module, so the product never serves it: the application's component
 * scan finds it only when the bench harness puts this module on the classpath.
 */
@Configuration(proxyBeanMethods = false)
class PlainJsonPartners {

    static final String PATH = "/bench/plain/partners";

    /** Stateless, bearer JWTs only, as the API chain; before the login chain, which takes every other path. */
    @Bean
    @Order(3)
    SecurityFilterChain benchPlainJsonChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/bench/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority("SCOPE_partners:read"))
                .oauth2ResourceServer(server -> server.jwt(jwt -> { }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    record Page(List<Edge> edges, PageInfo pageInfo) {
    }

    record Edge(String cursor, Node node) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    record Node(String id, String name, String type, String tier, boolean active, Territory territory,
            List<Contact> contacts, Audit audit, long version) {
    }

    record Territory(List<String> countries, List<String> regions) {
    }

    record Contact(String name, String email, String phone, String role) {
    }

    record Audit(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
    }

    @RestController
    static class Endpoint {

        private final MongoCollection<Document> partners;

        Endpoint(MongoClient client) {
            this.partners = client.getDatabase("canale").getCollection("partners");
        }

        /** The first page by name, as the raw column reads it: one find, sorted, limit + 1 to know if more follow. */
        @GetMapping(PATH)
        Page partners(@RequestParam(defaultValue = "20") int first) {
            List<Document> found = partners.find().sort(new Document("name", 1).append("_id", 1)).limit(first + 1)
                    .into(new ArrayList<>());
            List<Edge> edges = new ArrayList<>(Math.min(first, found.size()));
            for (Document document : found.subList(0, Math.min(first, found.size()))) {
                Node node = node(document);
                edges.add(new Edge(cursor(node), node));
            }
            return new Page(edges, new PageInfo(found.size() > first, edges.isEmpty() ? null : edges.getLast().cursor()));
        }

        private static Node node(Document partner) {
            Document territory = partner.get("territory", Document.class);
            List<Contact> contacts = new ArrayList<>();
            for (Document contact : partner.getList("contacts", Document.class, List.of())) {
                contacts.add(new Contact(contact.getString("name"), contact.getString("email"), contact.getString("phone"),
                        contact.getString("role")));
            }
            Document audit = partner.get("audit", Document.class);
            Number version = partner.get("version", Number.class);
            return new Node(partner.getString("_id"), partner.getString("name"), partner.getString("type"),
                    partner.getString("tier"), partner.getBoolean("active", false),
                    territory == null ? null : new Territory(territory.getList("countries", String.class, List.of()),
                            territory.getList("regions", String.class, List.of())),
                    contacts,
                    audit == null ? null : new Audit(instant(audit.getDate("createdAt")), audit.getString("createdBy"),
                            instant(audit.getDate("updatedAt")), audit.getString("updatedBy")),
                    version == null ? 0 : version.longValue());
        }

        private static Instant instant(Date date) {
            return date == null ? null : date.toInstant();
        }

        private static String cursor(Node node) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((node.name() + "\u0000" + node.id()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
