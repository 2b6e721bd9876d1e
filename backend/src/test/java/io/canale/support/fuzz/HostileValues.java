package io.canale.support.fuzz;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates argument and input values for any GraphQL input type, from the schema alone. In
 * {@link Mode#TYPED} every value has the declared type (so the call reaches its resolver) but is hostile
 * within it: empty and 100,000-character strings, odd Unicode, out-of-range numbers, far-off dates,
 * 20,000-item lists. In {@link Mode#ANY} values may also have the wrong type, miss required fields, carry
 * unknown ones, or be malformed dates, decimals, country codes and enum values. About half of the leaves
 * are "plausible" instead (drawn from {@link Pools}), so that a call gets past its first check.
 *
 * <p>No generated text looks like a Java class name or contains "Exception": finding one in an answer
 * means the server leaked it.
 */
public final class HostileValues {

    /** Whether values keep their declared types. */
    public enum Mode { TYPED, ANY }

    /** Leave the field or argument out. */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "<absent>";
        }
    };

    static final int HUGE_TEXT = 100_000;
    static final int HUGE_LIST = 20_000;
    private static final int BODY_BUDGET = 1_500_000;
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    static final List<String> HOSTILE_TEXT = List.of("", " ", "\t\r\n", "\u0000", "a\u0000b", "\u202Egnp.exe",
            "\uFEFFbom", "zero\u200Bwidth", "Z\u0338\u0321\u031B\u035A\u031Da\u0337\u0327\u0356l\u0336g\u0338o",
            "\uD83E\uDDE8\uD83D\uDCA5\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83D", "\uDC00x",
            "\u0645\u0631\u062D\u0628\u0627", "\u65E5\u672C\u8A9E", "\u00C5ngstr\u00F6m \u0130stanbul \u00DF",
            "' OR '1'='1", "{\"$gt\": \"\"}", "$where", "$ne", "a.b.c", "$", ".", "..", "../../etc/passwd",
            "%00", "%s%s%n%x", "${jndi:ldap://127.0.0.1/a}", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")",
            "(a+)+$", ".*", "[", "\\", "null", "undefined", "true", "-1", "1e309", "NaN", "Infinity",
            "9".repeat(400), "\u00E9".repeat(3_000), "line\nbreak", "  padded  ", "@", "a@", "@b.c",
            "+", "0", "-0", "00000000-0000-0000-0000-000000000000");

    static final List<Integer> HOSTILE_INTS = List.of(0, -1, 1, 2, 99, 100, 101, 200, 201, 10_000, 10_001,
            9_999_999, 10_000_001, Integer.MAX_VALUE, Integer.MIN_VALUE, -100, 27, 26, 25);

    static final List<String> HOSTILE_DATE_TIMES = List.of("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
            "2026-02-28T23:59:59.999999999+18:00", "2026-06-01T00:00:00-18:00");
    static final List<String> MALFORMED_DATE_TIMES = List.of("", "2026-13-45T25:61:61Z", "2026-02-30T10:00:00Z",
            "2026-11-23", "2026-11-23T10:15:30", "yesterday", "2026-11-23T10:15:30+25:00", "T", "0");
    static final List<String> HOSTILE_DATES = List.of("0001-01-01", "9999-12-31", "+999999999-12-31",
            "-0001-01-01", "1970-01-01", "2026-02-29", "2028-02-29");
    static final List<String> MALFORMED_DATES = List.of("", "2027-02-30", "2027-13-01", "01/03/2027", "2027-3-1",
            "20270301", "2027-03-01T00:00:00Z", "tomorrow", "2027-03-01 ");
    static final List<String> HOSTILE_DECIMALS = List.of("0", "-0.00", "-1", "0.001", "12.505", "1E+1000",
            "1E-1000", "99999999999999999999999999999999999999.99", "1E+999999999", "-1E-999999999",
            "0.00000000000000000000000000000000000001", "1e2", "1.0e-2");
    static final List<String> MALFORMED_DECIMALS = List.of("", "12,50", "abc", "1e", "--1", "0x10", "NaN",
            "Infinity", "1 000", "1E+2147483648");
    static final List<String> HOSTILE_COUNTRIES = List.of("IT", "DE", "CH", "AQ", "ZW", "XK");
    static final List<String> MALFORMED_COUNTRIES = List.of("", "it", "XX", "ITA", "I", "\uD83C\uDDEE\uD83C\uDDF9", "I T", "EU", "UK");
    static final List<String> HOSTILE_LOCALES = List.of("it", "en-GB", "und", "zh-Hant-TW", "de-CH-1996",
            "x-private", "i-klingon", "en-US-u-ca-buddhist");
    static final List<String> MALFORMED_LOCALES = List.of("", "-", "en_GB", "123", "a".repeat(200));

    private final Random random;
    private final Pools pools;
    private final Mode mode;
    private final boolean forMutation;
    private boolean hugeSpent;
    private boolean small;
    private int counter;

    public HostileValues(Random random, Pools pools, Mode mode, boolean forMutation) {
        this.random = random;
        this.pools = pools;
        this.mode = mode;
        this.forMutation = forMutation;
    }

    public Mode mode() {
        return mode;
    }

    /** A value for an argument or input field, or {@link #ABSENT}. {@code context} names where it goes. */
    public Object value(GraphQLInputType type, String name, String context) {
        if (mode == Mode.ANY && chance(0.06)) {
            return wrongType();
        }
        if (type instanceof GraphQLNonNull nonNull) {
            if (mode == Mode.ANY && chance(0.04)) {
                return chance(0.5) ? null : ABSENT;
            }
            return present((GraphQLInputType) nonNull.getWrappedType(), name, context);
        }
        if (chance(0.12)) {
            return null;
        }
        if (chance(0.12)) {
            return ABSENT;
        }
        return present(type, name, context);
    }

    private Object present(GraphQLInputType type, String name, String context) {
        return switch (type) {
            case GraphQLList list -> list((GraphQLInputType) list.getWrappedType(), name, context);
            case GraphQLInputObjectType object -> object(object, context);
            case GraphQLEnumType enumType -> enumValue(enumType);
            case GraphQLScalarType scalar -> scalar(scalar.getName(), name, context);
            default -> throw new IllegalArgumentException("unknown input type " + type);
        };
    }

    private Object list(GraphQLInputType element, String name, String context) {
        double roll = random.nextDouble();
        if (mode == Mode.ANY && roll < 0.05) {
            return present(unwrap(element), name, context); // a single value where a list is expected
        }
        if (roll < 0.2) {
            return List.of();
        }
        if (roll < 0.26 && !hugeSpent) {
            hugeSpent = true;
            small = true;
            Object one = value(element, name, context);
            small = false;
            // As many copies as fit the request body limit (a body over it gets 413, tested elsewhere).
            int size = JSON.writeValueAsString(one == ABSENT ? null : one).length() + 1;
            return Collections.nCopies(Math.min(HUGE_LIST, BODY_BUDGET / size), one == ABSENT ? null : one);
        }
        int size = roll < 0.32 ? 101 : 1 + random.nextInt(3);
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Object item = mode == Mode.ANY && chance(0.05) ? null : present(unwrap(element), name, context);
            items.add(item);
        }
        return items;
    }

    private Map<String, Object> object(GraphQLInputObjectType type, String context) {
        Map<String, Object> object = new LinkedHashMap<>();
        List<GraphQLInputObjectField> fields = new ArrayList<>(type.getFieldDefinitions());
        fields.sort((a, b) -> Boolean.compare(isVersion(a.getName()), isVersion(b.getName()))); // ids before versions
        List<String> ids = new ArrayList<>();
        String where = context + " " + type.getName();
        for (GraphQLInputObjectField field : fields) {
            Object value;
            if (isVersion(field.getName()) && mode == Mode.TYPED && chance(0.7)) {
                Integer known = pools.versionOf(ids);
                value = known != null ? known : value(field.getType(), field.getName(), where);
            } else {
                value = value(field.getType(), field.getName(), where);
            }
            if (value instanceof String text && (field.getName().equals("id") || field.getName().endsWith("Id")
                    || field.getName().equals("sku"))) {
                ids.add(text);
            }
            if (value != ABSENT) {
                object.put(field.getName(), value);
            }
        }
        if (mode == Mode.ANY && chance(0.05)) {
            object.put("notInTheSchema", "x");
        }
        return object;
    }

    private Object enumValue(GraphQLEnumType type) {
        if (mode == Mode.ANY && chance(0.3)) {
            return pick(List.of("", "NOT_A_VALUE", type.getValues().getFirst().getName().toLowerCase(Locale.ROOT), "0"));
        }
        List<GraphQLEnumValueDefinition> values = type.getValues();
        return values.get(random.nextInt(values.size())).getName();
    }

    private Object scalar(String scalar, String name, String context) {
        boolean malformed = mode == Mode.ANY && chance(0.3);
        return switch (scalar) {
            case "String" -> text(name, context);
            case "ID" -> id(name, context);
            case "Int" -> malformed ? pick(List.<Object>of(2_147_483_648L, 1.5, "7", -9_999_999_999L)) : integer(name);
            case "Float" -> pick(List.of(0.0, -0.0, 1.5, -1e308, 1e308, 4.9e-324));
            case "Boolean" -> malformed ? pick(List.<Object>of("true", 1, "yes")) : random.nextBoolean();
            case "DateTime" -> malformed ? pick(MALFORMED_DATE_TIMES) : dateTime();
            case "Decimal" -> malformed ? pick(MALFORMED_DECIMALS) : decimal(name);
            case "CountryCode" -> malformed ? pick(MALFORMED_COUNTRIES) : pick(HOSTILE_COUNTRIES);
            case "Locale" -> malformed ? pick(MALFORMED_LOCALES) : pick(HOSTILE_LOCALES);
            default -> text(name, context);
        };
    }

    private String text(String name, String context) {
        if (chance(0.5)) {
            String plausible = plausible(name);
            if (plausible != null) {
                return plausible;
            }
        }
        if (!hugeSpent && chance(0.06)) {
            hugeSpent = true;
            return "x".repeat(HUGE_TEXT);
        }
        if (looksLikeDate(name) && chance(0.5)) {
            return chance(0.5) ? pick(MALFORMED_DATES) : pick(HOSTILE_DATES);
        }
        if (chance(0.1) && !small) {
            return "y".repeat(pick(List.of(255, 256, 1_000, 1_001, 5_000)));
        }
        String hostile = pick(HOSTILE_TEXT);
        return small && hostile.length() > 40 ? hostile.substring(0, 40) : hostile;
    }

    private Object id(String name, String context) {
        if (chance(0.65)) {
            String known = pools.id(random, name, context, forMutation);
            if (known != null) {
                return known;
            }
        }
        return chance(0.2) ? UUID.randomUUID().toString() : text("", context);
    }

    private Object integer(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (chance(0.5)) {
            if (n.contains("version")) {
                String seen = pools.leaf(random, "version", forMutation);
                return seen != null ? Integer.parseInt(seen) : random.nextInt(4);
            }
            if (n.equals("first") || n.equals("last")) {
                return 1 + random.nextInt(100);
            }
            if (n.contains("weeks")) {
                return 1 + random.nextInt(26);
            }
            if (n.contains("probability")) {
                return random.nextInt(101);
            }
            return random.nextInt(n.contains("position") || n.equals("line") ? 4 : 50);
        }
        return pick(HOSTILE_INTS);
    }

    private String dateTime() {
        if (chance(0.5)) {
            return OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(random.nextInt(2_000_000) - 1_000_000L)
                    .withOffsetSameInstant(ZoneOffset.ofHours(random.nextInt(27) - 12)).toString();
        }
        return pick(HOSTILE_DATE_TIMES);
    }

    private String decimal(String name) {
        return chance(0.5) ? (random.nextInt(100_000) / 100.0 + "") : pick(HOSTILE_DECIMALS);
    }

    /** A value that fits the name, from what the API answered or from common formats; null when unknown. */
    private String plausible(String name) {
        if (name.equals("after") || name.equals("before")) {
            return cursor();
        }
        String seen = pools.leaf(random, name, forMutation);
        if (seen != null && chance(0.7)) {
            return seen;
        }
        String n = name.toLowerCase(Locale.ROOT);
        counter++;
        if (n.contains("email")) {
            return "fuzz." + counter + "@example.org";
        } else if (n.contains("phone")) {
            return "+39 02 " + (1_000_000 + random.nextInt(8_999_999));
        } else if (n.contains("country")) {
            return pick(HOSTILE_COUNTRIES);
        } else if (n.contains("currency")) {
            return pick(List.of("EUR", "CHF", "USD", "eur", "XXX"));
        } else if (looksLikeDate(n)) {
            return LocalDate.now(ZoneOffset.UTC).plusDays(random.nextInt(500) - 30L).toString();
        } else if (n.contains("amount") || n.contains("price")) {
            return String.valueOf(random.nextInt(10_000) / 100.0);
        } else if (n.contains("vat")) {
            return "IT" + (10_000_000_000L + random.nextInt(1_000_000_000));
        } else if (n.contains("postal")) {
            return String.valueOf(10_000 + random.nextInt(89_999));
        } else if (n.contains("key")) {
            return UUID.randomUUID().toString();
        } else if (n.contains("scope")) {
            return pick(List.of("leads:read", "orders:write", "partners:admin", "stock:write", "openid"));
        } else if (n.isEmpty()) {
            return null;
        }
        return "Fuzz " + name + " " + counter;
    }

    /** A cursor some connection issued (often another one), sometimes with one character changed. */
    private String cursor() {
        String cursor = pools.leaf(random, chance(0.5) ? "endCursor" : "cursor", forMutation);
        if (cursor == null || cursor.isEmpty() || chance(0.6)) {
            return cursor;
        }
        char[] chars = cursor.toCharArray();
        int at = random.nextInt(chars.length);
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    private Object wrongType() {
        return pick(List.<Object>of("text", 12_345, true, List.of(), Map.of(), 1.5, List.of(Map.of("a", 1))));
    }

    private static boolean looksLikeDate(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("date") || n.contains("eta") || n.endsWith("from") || n.endsWith("to") || n.contains("until");
    }

    private static boolean isVersion(String name) {
        return name.toLowerCase(Locale.ROOT).contains("version");
    }

    private static GraphQLInputType unwrap(GraphQLInputType type) {
        return type instanceof GraphQLNonNull nonNull ? (GraphQLInputType) nonNull.getWrappedType() : type;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
