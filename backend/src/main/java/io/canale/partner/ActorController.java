package io.canale.partner;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.canale.identity.PartnerSystemClients;
import io.canale.security.AccessPolicy;
import io.canale.security.ActorView;
import io.canale.security.Caller;
import io.canale.shared.Acted;
import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.PartnerType;
import io.canale.shared.TimelineEntry;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Every field that shows who did something ({@code by} and {@code actor} of timeline entries and opportunity
 * activities, the {@code Audit} stamps) shows the actor as {@link AccessPolicy#actorShownTo} decides for the reader: a colleague by email, a partner
 * system by its name in words, another partner only as that partner, by name or by type in the reader's language. Partner names are read once
 * per request (kept in its {@code GraphQLContext}), so a long timeline costs no query per entry.
 */
@Controller
class ActorController {

    /** What the API's {@code Actor} type answers. */
    record ShownActor(Kind kind, String name, PartnerType partnerType) {
        enum Kind { PERSON, PARTNER, SYSTEM }
    }

    private static final String NAMES = ActorController.class.getName() + ".names";
    private static final String SYSTEM_NAMES = ActorController.class.getName() + ".systemNames";

    private final AccessPolicy policy;
    private final PartnerDirectory partners;
    private final MessageSource messages;
    private final PartnerSystemClients clients;

    ActorController(AccessPolicy policy, PartnerDirectory partners, MessageSource messages, PartnerSystemClients clients) {
        this.policy = policy;
        this.partners = partners;
        this.messages = messages;
        this.clients = clients;
    }

    @SchemaMapping(typeName = "TimelineEntry", field = "actor")
    ShownActor actor(TimelineEntry entry, Caller caller, DataFetchingEnvironment env) {
        return shown(entry.actor(), caller, env);
    }

    @SchemaMapping(typeName = "TimelineEntry", field = "by")
    String by(TimelineEntry entry, Caller caller, DataFetchingEnvironment env) {
        return shown(entry.actor(), caller, env).name();
    }

    @SchemaMapping(typeName = "CompanyTimelineEntry", field = "actor")
    ShownActor companyActor(Acted entry, Caller caller, DataFetchingEnvironment env) {
        return shown(entry.actor(), caller, env);
    }

    @SchemaMapping(typeName = "CompanyTimelineEntry", field = "by")
    String companyBy(Acted entry, Caller caller, DataFetchingEnvironment env) {
        return shown(entry.actor(), caller, env).name();
    }

    @SchemaMapping(typeName = "Activity", field = "actor")
    ShownActor activityActor(Acted activity, Caller caller, DataFetchingEnvironment env) {
        return shown(activity.actor(), caller, env);
    }

    @SchemaMapping(typeName = "Activity", field = "by")
    String activityBy(Acted activity, Caller caller, DataFetchingEnvironment env) {
        return shown(activity.actor(), caller, env).name();
    }

    @SchemaMapping(typeName = "Change", field = "actor")
    ShownActor changeActor(Acted change, Caller caller, DataFetchingEnvironment env) {
        return shown(change.actor(), caller, env);
    }

    @SchemaMapping(typeName = "Audit", field = "creator")
    ShownActor creator(Audit audit, Caller caller, DataFetchingEnvironment env) {
        return shown(audit.creator(), caller, env);
    }

    @SchemaMapping(typeName = "Audit", field = "createdBy")
    String createdBy(Audit audit, Caller caller, DataFetchingEnvironment env) {
        return shown(audit.creator(), caller, env).name();
    }

    @SchemaMapping(typeName = "Audit", field = "updater")
    ShownActor updater(Audit audit, Caller caller, DataFetchingEnvironment env) {
        return shown(audit.updater(), caller, env);
    }

    @SchemaMapping(typeName = "Audit", field = "updatedBy")
    String updatedBy(Audit audit, Caller caller, DataFetchingEnvironment env) {
        return shown(audit.updater(), caller, env).name();
    }

    private ShownActor shown(Actor actor, Caller reader, DataFetchingEnvironment env) {
        Locale locale = env.getLocale() == null ? Locale.ENGLISH : env.getLocale();
        return switch (policy.actorShownTo(reader, actor)) {
            case ActorView.Person person -> new ShownActor(ShownActor.Kind.PERSON,
                    personOrSystem(person.subject(), env.getGraphQlContext(), locale), person.partnerType());
            case ActorView.Platform platform -> new ShownActor(ShownActor.Kind.SYSTEM,
                    text("actor.platform." + platform.name(), locale, platform.name()), null);
            case ActorView.NamedPartner named -> new ShownActor(ShownActor.Kind.PARTNER,
                    nameOf(named.partnerId(), env.getGraphQlContext(), () -> text("actor." + named.partnerType(), locale)),
                    named.partnerType());
            case ActorView.PartnerOfType ofType -> new ShownActor(ShownActor.Kind.PARTNER,
                    text("actor." + ofType.partnerType(), locale), ofType.partnerType());
            case ActorView.AnotherPartner another -> new ShownActor(ShownActor.Kind.PARTNER, text("actor.another", locale), null);
        };
    }

    /**
     * A person by its email; a partner system (its subject is a client id: people sign in with their email) by the name
     * staff gave it, in words ("Rossi Auto DMS (partner system)"), read once per request; the client id of one unknown.
     */
    private String personOrSystem(String subject, GraphQLContext context, Locale locale) {
        if (subject.contains("@")) {
            return subject;
        }
        Map<String, String> names = context.computeIfAbsent(SYSTEM_NAMES, key -> new java.util.concurrent.ConcurrentHashMap<>());
        String name = names.computeIfAbsent(subject, id -> clients.nameOf(id).orElse(""));
        return name.isEmpty() ? subject : messages.getMessage("actor.partnerSystem", new Object[] {name}, name, locale);
    }

    /** A partner's name, read once per request; the fallback when the partner is gone. */
    private String nameOf(String partnerId, GraphQLContext context, java.util.function.Supplier<String> fallback) {
        Map<String, String> names = context.computeIfAbsent(NAMES, key -> new java.util.concurrent.ConcurrentHashMap<>());
        String name = names.computeIfAbsent(partnerId, id -> partners.namesOf(Set.of(id)).getOrDefault(id, ""));
        return name.isEmpty() ? fallback.get() : name;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String text(String key, Locale locale, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
