package io.canale.change;

import io.canale.shared.Acted;
import io.canale.shared.ActingPartner;
import io.canale.shared.Actor;
import io.canale.shared.PartnerType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import tools.jackson.databind.json.JsonMapper;

/** One feed entry as a reader sees it: the API's {@code Change}. Values are answered as JSON text. */
record ShownChange(long sequence, RecordType recordType, String recordId, String changeType, long version, Instant at,
        Actor actor, List<Field> fields) implements Acted {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A field that changed: the API's {@code FieldChange}. */
    record Field(String path, Object beforeValue, Object afterValue) {

        public String before() {
            return json(beforeValue);
        }

        public String after() {
            return json(afterValue);
        }
    }

    static ShownChange of(Document entry, RecordType type, List<Field> fields) {
        return new ShownChange(((Number) entry.get("_id")).longValue(), type, entry.getString("recordId"),
                entry.getString("changeType"), ((Number) entry.get("version")).longValue(),
                entry.getDate("at").toInstant(), actorOf(entry.get("actor", Document.class)), fields);
    }

    private static Actor actorOf(Document actor) {
        String partnerId = actor.getString("partnerId");
        String type = actor.getString("partnerType");
        return new Actor(actor.getString("subject"),
                partnerId == null ? null : new ActingPartner(partnerId, type == null ? null : PartnerType.valueOf(type)));
    }

    private static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(plain(value));
    }

    /** A stored value as plain JSON-ready Java: decimals and date-times as strings, as the API writes them elsewhere. */
    static Object plain(Object value) {
        return switch (value) {
            case Document document -> {
                Map<String, Object> map = new LinkedHashMap<>();
                document.forEach((key, inner) -> map.put(key, plain(inner)));
                yield map;
            }
            case List<?> list -> {
                List<Object> items = new ArrayList<>();
                list.forEach(item -> items.add(item == null ? null : plain(item)));
                yield items;
            }
            case Date date -> date.toInstant().toString();
            case Decimal128 decimal -> decimal.bigDecimalValue().toPlainString();
            case BigDecimal decimal -> decimal.toPlainString();
            case ObjectId id -> id.toHexString();
            case Binary binary -> Base64.getEncoder().encodeToString(binary.getData());
            default -> value;
        };
    }
}
