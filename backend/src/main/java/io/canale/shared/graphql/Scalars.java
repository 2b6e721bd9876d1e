package io.canale.shared.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The API's custom scalars. All are string-encoded so that clients in any language keep full precision
 * (a JSON number would lose digits of a {@code Decimal}).
 */
final class Scalars {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Scalars() {
    }

    static final GraphQLScalarType DATE_TIME = stringScalar("DateTime",
            "An ISO-8601 date-time with offset, e.g. 2026-11-23T10:15:30Z. Returned in UTC.",
            Scalars::parseInstant,
            // Always with seconds: OffsetDateTime.toString() drops ":00" on a whole minute, which strict ISO instant parsers refuse.
            value -> value instanceof Instant instant ? java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC)) : null);

    static final GraphQLScalarType DECIMAL = stringScalar("Decimal",
            "A decimal number encoded as a string to keep its precision, e.g. \"1234.50\"; at most 34 significant "
                    + "digits, as stored.",
            Scalars::parseDecimal,
            value -> value instanceof BigDecimal decimal ? decimal.toPlainString() : null);

    static final GraphQLScalarType COUNTRY_CODE = stringScalar("CountryCode",
            "An ISO 3166-1 alpha-2 country code in upper case, e.g. IT.",
            Scalars::parseCountry,
            value -> value instanceof String code ? code : null);

    static final GraphQLScalarType LOCALE = stringScalar("Locale",
            "A BCP 47 language tag, e.g. it or en-GB.",
            Scalars::parseLocale,
            value -> value instanceof Locale locale ? locale.toLanguageTag() : null);

    private static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("expected an ISO-8601 date-time with offset");
        }
    }

    /**
     * A decimal the store can hold exactly (MongoDB's decimal128: 34 digits, exponent -6176 to 6111). Refusing
     * the rest here also keeps {@code 1E+999999999} away from code that would expand it digit by digit.
     */
    private static BigDecimal parseDecimal(String text) {
        if (text.length() > 100) {
            throw new IllegalArgumentException("expected a decimal number of at most 34 digits");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.precision() > 34 || value.scale() > 6176 || value.scale() < -6111) {
            throw new IllegalArgumentException("expected a decimal number of at most 34 digits");
        }
        return value;
    }

    private static String parseCountry(String text) {
        if (!COUNTRIES.contains(text)) {
            throw new IllegalArgumentException("expected an ISO 3166-1 alpha-2 country code");
        }
        return text;
    }

    private static Locale parseLocale(String text) {
        Locale locale = Locale.forLanguageTag(text);
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("expected a BCP 47 language tag");
        }
        return locale;
    }

    private static GraphQLScalarType stringScalar(String name, String description,
            Function<String, Object> parse, Function<Object, String> format) {
        Coercing<Object, String> coercing = new Coercing<>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                String text = format.apply(value);
                if (text == null) {
                    throw new CoercingSerializeException(name + " cannot represent " + value.getClass().getSimpleName());
                }
                return text;
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                if (!(input instanceof String text)) {
                    throw new CoercingParseValueException(name + " must be a string");
                }
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException ex) {
                    throw new CoercingParseValueException(name + ": " + ex.getMessage());
                }
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                    Locale locale) {
                if (!(input instanceof StringValue text)) {
                    throw new CoercingParseLiteralException(name + " must be a string");
                }
                try {
                    return parse.apply(text.getValue());
                } catch (IllegalArgumentException ex) {
                    throw new CoercingParseLiteralException(name + ": " + ex.getMessage());
                }
            }
        };
        return GraphQLScalarType.newScalar().name(name).description(description).coercing(coercing).build();
    }
}
