package io.canale.partner;

import io.canale.shared.Actor;
import io.canale.shared.Audit;
import io.canale.shared.Ids;
import io.canale.shared.InvalidInputException;
import io.canale.shared.PartnerType;
import io.canale.shared.UserErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation in the channel. One document; every change is validated first, then written atomically
 * with an optimistic version. The type never changes: tokens and records depend on it.
 */
@Document("partners")
// Indexes are checked against every query the tests send (IndexCoverageIT); connections end in '_id': 1 (see Pages.scroll).
@CompoundIndex(name = "by_name", def = "{'name': 1, '_id': 1}")
@CompoundIndex(name = "type_by_name", def = "{'type': 1, 'name': 1, '_id': 1}")
@CompoundIndex(name = "country_by_name", def = "{'territory.countries': 1, 'name': 1, '_id': 1}")
// The column sorts (PartnerSort), also with a type filter (and a partner's view: itself or a manufacturer, by type):
// equality, then the sort, then the id. Type and tier sort by name within.
@CompoundIndex(name = "name_asc", def = "{'sortName': 1, '_id': 1}")
@CompoundIndex(name = "name_desc", def = "{'sortName': -1, '_id': 1}")
@CompoundIndex(name = "type_name_asc", def = "{'type': 1, 'sortName': 1, '_id': 1}")
@CompoundIndex(name = "type_name_desc", def = "{'type': 1, 'sortName': -1, '_id': 1}")
@CompoundIndex(name = "type_desc", def = "{'type': -1, 'sortName': 1, '_id': 1}")
@CompoundIndex(name = "tier_asc", def = "{'sortTier': 1, 'sortName': 1, '_id': 1}")
@CompoundIndex(name = "tier_desc", def = "{'sortTier': -1, 'sortName': 1, '_id': 1}")
@CompoundIndex(name = "type_tier_asc", def = "{'type': 1, 'sortTier': 1, 'sortName': 1, '_id': 1}")
@CompoundIndex(name = "type_tier_desc", def = "{'type': 1, 'sortTier': -1, 'sortName': 1, '_id': 1}")
public class Partner {

    @Id
    private String id;
    private PartnerType type;
    private String name;
    /** Lower-cased name: unique, so two partners cannot be confused. */
    @Indexed(unique = true)
    private String nameKey;
    private PartnerTier tier;
    private Territory territory;
    private List<Contact> contacts;
    /** The business address; null until given (partners registered before addresses existed have none). */
    private PartnerAddress address;
    private boolean active;
    private Audit audit;
    /**
     * The name and the tier as they sort ({@link PartnerSort}): the name folded, the tier by rank (STANDARD 0 to PLATINUM 3,
     * -1 for none); never null once stored, so that a keyset position can resume. Partners stored before them get them from
     * {@link PartnerSortKeysBackfill}.
     */
    private String sortName;
    private Integer sortTier;
    @Version
    private Long version;

    protected Partner() {
    }

    static Partner register(String id, PartnerType type, PartnerProfile profile, Actor by, Instant at) {
        if (type == null) {
            throw new InvalidInputException("input.type", UserErrorCode.REQUIRED, "must be given");
        }
        Partner partner = new Partner();
        partner.id = id != null ? id : Ids.next("ptn");
        partner.type = type;
        partner.active = true;
        partner.audit = Audit.createdBy(by, at);
        partner.apply(profile.validated());
        return partner;
    }

    void changeProfile(PartnerProfile profile, Actor by, Instant at) {
        apply(profile.validated());
        audit = audit.changedBy(by, at);
    }

    /** Moves the partner to the address (validated first). */
    void moveTo(PartnerAddress address, Actor by, Instant at) {
        this.address = address.validated("input.address");
        audit = audit.changedBy(by, at);
    }

    void deactivate(Actor by, Instant at) {
        if (!active) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE, "the partner is already inactive");
        }
        active = false;
        audit = audit.changedBy(by, at);
    }

    void reactivate(Actor by, Instant at) {
        if (active) {
            throw new InvalidInputException("input.id", UserErrorCode.ILLEGAL_STATE, "the partner is already active");
        }
        active = true;
        audit = audit.changedBy(by, at);
    }

    /** What any partner may see of another: the fields without business or personal data. */
    Partner publicProfile() {
        Partner copy = new Partner();
        copy.id = id;
        copy.type = type;
        copy.name = name;
        copy.active = active;
        copy.version = version;
        return copy;
    }

    private void apply(PartnerProfile profile) {
        name = profile.name();
        nameKey = profile.name().toLowerCase(Locale.ROOT);
        tier = profile.tier();
        territory = profile.territory();
        contacts = profile.contacts();
        refreshSortKeys();
    }

    void refreshSortKeys() {
        sortName = sortNameNow();
        sortTier = sortTierNow();
    }

    /** The sort keys from the profile as it is now (also for partners stored before the keys). */
    String sortNameNow() {
        return io.canale.shared.SortKeys.text(name);
    }

    int sortTierNow() {
        return tier == null ? -1 : tier.ordinal();
    }

    public String id() { return id; }
    public PartnerType type() { return type; }
    public String name() { return name; }
    public PartnerTier tier() { return tier; }
    public Territory territory() { return territory; }
    public List<Contact> contacts() { return contacts; }
    public PartnerAddress address() { return address; }
    public boolean active() { return active; }
    public Audit audit() { return audit; }
    public Long version() { return version; }
}
