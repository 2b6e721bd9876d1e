package io.canale.partner;

import io.canale.partner.PartnerInputs.CreatePartnerInput;
import io.canale.partner.PartnerInputs.PartnerFilter;
import io.canale.partner.PartnerInputs.UpdatePartnerInput;
import io.canale.security.AccessPolicy;
import io.canale.security.Caller;
import io.canale.security.PartnerView;
import io.canale.security.PartnerVisibility;
import io.canale.shared.Actor;
import io.canale.shared.InvalidInputException;
import io.canale.shared.NotFoundException;
import io.canale.shared.Pages;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import io.canale.shared.Versions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Service;

/** Reads and changes the directory on behalf of a caller, always through the {@link AccessPolicy}. */
@Service
public class PartnerDirectory {

    private static final Sort BY_NAME = Sort.by("name", "id");

    private final PartnerRepository partners;
    private final MongoOperations mongo;
    private final AccessPolicy policy;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    PartnerDirectory(PartnerRepository partners, MongoOperations mongo, AccessPolicy policy, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.partners = partners;
        this.mongo = mongo;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    Window<Partner> list(Caller caller, PartnerFilter filter, ScrollSubrange page) {
        return list(caller, filter, null, page);
    }

    /** The partners the caller may list, filtered, by a column ({@link PartnerSort}) or by name as stored when none is given. */
    Window<Partner> list(Caller caller, PartnerFilter filter, PartnerSort sort, ScrollSubrange page) {
        PartnerVisibility visibility = policy.partnersVisibleTo(caller);
        List<Criteria> conditions = new ArrayList<>();
        if (visibility instanceof PartnerVisibility.OwnAndManufacturer own) {
            conditions.add(new Criteria().orOperator(Criteria.where("_id").is(own.ownPartnerId()),
                    Criteria.where("type").is(PartnerType.MANUFACTURER)));
        }
        if (filter != null) {
            addFilter(filter, conditions);
        }
        Query query = conditions.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(conditions));
        return Pages.scroll(mongo, query, sort == null ? BY_NAME : sort.by(), page, Partner.class)
                .map(partner -> visibleTo(caller, partner).orElseThrow(() -> new NotFoundException("partner")));
    }

    /** The partners the caller may list whose name holds every word, by name; none without {@code partners:read}. */
    Window<Partner> search(Caller caller, io.canale.shared.SearchText text, ScrollSubrange page) {
        if (text.isEmpty() || !policy.listPartners(caller).allowed()) {
            return Pages.none();
        }
        PartnerVisibility visibility = policy.partnersVisibleTo(caller);
        List<Criteria> conditions = new ArrayList<>(text.inAnyOf("name"));
        if (visibility instanceof PartnerVisibility.OwnAndManufacturer own) {
            conditions.add(new Criteria().orOperator(Criteria.where("_id").is(own.ownPartnerId()),
                    Criteria.where("type").is(PartnerType.MANUFACTURER)));
        }
        return Pages.scroll(mongo, Query.query(new Criteria().andOperator(conditions)), BY_NAME, page, Partner.class)
                .map(partner -> visibleTo(caller, partner).orElseThrow(() -> new NotFoundException("partner")));
    }

    /** The partner as the caller may see it, or empty when it does not exist or is out of reach. */
    Optional<Partner> find(Caller caller, String id) {
        policy.partnersVisibleTo(caller); // scope first: a refusal must not depend on whether the id exists
        return partners.findById(id).flatMap(partner -> visibleTo(caller, partner));
    }

    /** The caller's own partner, in full: every caller may see itself. */
    Partner own(String partnerId) {
        return partners.findById(partnerId).orElseThrow(() -> new NotFoundException("partner"));
    }

    /** The partner whose people and clients the caller may manage; "not found" otherwise. */
    Partner managedBy(Caller caller, String partnerId) {
        policy.manageOrganisation(caller, partnerId).enforce("partnerId");
        return partners.findById(partnerId).orElseThrow(() -> new NotFoundException("partner"));
    }

    Partner create(Caller caller, CreatePartnerInput input) {
        policy.administerDirectory(caller).enforce();
        Partner partner = Partner.register(null, input.type(), input.profile(), caller.actor(), clock.instant());
        if (input.address() != null) {
            partner.moveTo(input.address(), caller.actor(), clock.instant());
        }
        return insertUnique(partner);
    }

    Partner update(Caller caller, UpdatePartnerInput input) {
        return change(caller, input.id(), input.expectedVersion(),
                (partner, at) -> {
                    partner.changeProfile(input.profile(), caller.actor(), at);
                    if (input.address() != null) {
                        partner.moveTo(input.address(), caller.actor(), at);
                    }
                });
    }

    Partner deactivate(Caller caller, String id, Integer expectedVersion) {
        return change(caller, id, expectedVersion, (partner, at) -> partner.deactivate(caller.actor(), at));
    }

    Partner reactivate(Caller caller, String id, Integer expectedVersion) {
        return change(caller, id, expectedVersion, (partner, at) -> partner.reactivate(caller.actor(), at));
    }

    /** A partner's tier, for features that price by tier. */
    public Optional<PartnerTier> tierOf(String partnerId) {
        return partners.findById(partnerId).map(Partner::tier);
    }

    /** The first country of a partner's territory (upper case), e.g. for the business calendar its cases are timed in. */
    public Optional<String> homeCountryOf(String partnerId) {
        return partners.findById(partnerId).map(Partner::territory).filter(territory -> !territory.countries().isEmpty())
                .map(territory -> territory.countries().getFirst());
    }

    /** Whether a partner exists, is active and has the type. */
    public boolean isActive(String partnerId, PartnerType type) {
        return partners.findById(partnerId).filter(partner -> partner.active() && partner.type() == type).isPresent();
    }

    /** Active partners of a type, for features that pick partners (such as lead routing). */
    public List<Partner> activeOfType(PartnerType type) {
        return mongo.find(Query.query(Criteria.where("type").is(type).and("active").is(true)).with(BY_NAME), Partner.class);
    }

    /** Names of partners by id, for records that mention partners; unknown ids are left out. */
    public java.util.Map<String, String> namesOf(java.util.Collection<String> ids) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        // Only the names are read: a page or thread naming partners needs no contacts, territories or history.
        mongo.query(Partner.class).as(PartnerName.class).matching(Query.query(Criteria.where("id").in(ids))).all()
                .forEach(partner -> names.put(partner.id(), partner.name()));
        return names;
    }

    /** A partner's id and name, the two fields {@link #namesOf} reads. */
    record PartnerName(String id, String name) {
    }

    /**
     * The partners named by a page of records, loaded with one query whatever the page size: for
     * {@code @BatchMapping}s, so that nested partner references never cost a query per record.
     */
    public <T> java.util.Map<T, PartnerRef> refsOf(java.util.List<T> records, java.util.function.Function<T, String> partnerIdOf) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        records.forEach(record -> {
            String id = partnerIdOf.apply(record);
            if (id != null) {
                ids.add(id);
            }
        });
        java.util.Map<String, String> names = ids.isEmpty() ? java.util.Map.of() : namesOf(ids);
        java.util.Map<T, PartnerRef> refs = new java.util.LinkedHashMap<>();
        records.forEach(record -> {
            String id = partnerIdOf.apply(record);
            refs.put(record, id == null ? null : new PartnerRef(id, names.getOrDefault(id, "?")));
        });
        return refs;
    }

    /** Where goods are collected from a partner: its name and, if it gave one, its address. */
    public record PickUpPoint(String partnerId, String name, PartnerAddress address) {
    }

    /**
     * Names and addresses of the partners named by a page of records, in one query whatever the page size: for
     * {@code @BatchMapping}s such as a shipment's pick-up point.
     */
    public java.util.Map<String, PickUpPoint> pickUpPointsOf(java.util.Collection<String> ids) {
        java.util.Map<String, PickUpPoint> points = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Query query = Query.query(Criteria.where("id").in(ids));
            query.fields().include("name", "address");
            mongo.find(query, Partner.class).forEach(partner -> points.put(partner.id(), new PickUpPoint(partner.id(), partner.name(),
                    partner.address())));
        }
        return points;
    }

    /** Gives a partner an address once, if it has none. For seeding demo data (partners seeded before addresses existed). */
    public void ensureAddress(String id, PartnerAddress address) {
        partners.findById(id).filter(partner -> partner.address() == null).ifPresent(partner -> {
            partner.moveTo(address, Actor.platform("seed"), clock.instant());
            partners.save(partner);
        });
    }

    /** Registers a partner with a fixed id once; later calls leave it unchanged. For seeding demo data. */
    public void ensure(String id, PartnerType type, String name, PartnerTier tier, Territory territory,
            List<Contact> contacts) {
        if (!partners.existsById(id)) {
            partners.insert(Partner.register(id, type, new PartnerProfile(name, tier, territory, contacts), Actor.platform("seed"),
                    clock.instant()));
        }
    }

    private Partner change(Caller caller, String id, Integer expectedVersion, BiConsumer<Partner, java.time.Instant> change) {
        policy.administerDirectory(caller).enforce();
        Partner partner = partners.findById(id).orElseThrow(() -> new NotFoundException("partner"));
        Versions.expect(expectedVersion, partner.version());
        String nameBefore = partner.name();
        change.accept(partner, clock.instant());
        partner.refreshSortKeys(); // a partner read before the start-up backfill gave it keys must not lose them
        Partner saved;
        try {
            saved = partners.save(partner);
        } catch (DuplicateKeyException ex) {
            throw duplicateName();
        }
        if (!java.util.Objects.equals(nameBefore, saved.name())) {
            events.publishEvent(new PartnerRenamed(saved.id(), saved.name()));
        }
        return saved;
    }

    private Partner insertUnique(Partner partner) {
        try {
            return partners.insert(partner);
        } catch (DuplicateKeyException ex) {
            throw duplicateName();
        }
    }

    private Optional<Partner> visibleTo(Caller caller, Partner partner) {
        PartnerView view = policy.partnerView(caller, partner.id(), partner.type());
        return switch (view) {
            case FULL -> Optional.of(partner);
            case PUBLIC -> Optional.of(partner.publicProfile());
            case NONE -> Optional.empty();
        };
    }

    private static void addFilter(PartnerFilter filter, List<Criteria> conditions) {
        if (filter.type() != null) {
            conditions.add(Criteria.where("type").is(filter.type()));
        }
        if (filter.active() != null) {
            conditions.add(Criteria.where("active").is(filter.active()));
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            if (filter.nameContains().length() > 120) {
                throw new InvalidInputException("filter.nameContains", UserErrorCode.TOO_LONG, "at most 120 characters");
            }
            conditions.add(Criteria.where("name").regex(Pattern.quote(filter.nameContains().strip()), "i"));
        }
        if (filter.country() != null) {
            conditions.add(Criteria.where("territory.countries").is(filter.country()));
        }
    }

    private static InvalidInputException duplicateName() {
        return new InvalidInputException("input.name", UserErrorCode.DUPLICATE, "another partner has this name");
    }
}
