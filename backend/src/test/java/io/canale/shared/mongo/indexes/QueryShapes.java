package io.canale.shared.mongo.indexes;

import io.canale.shared.mongo.indexes.QueryShape.Kind;
import io.canale.shared.mongo.indexes.QueryShape.SortKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Reads the query shapes out of the commands the driver sends: the filter and sort of {@code find},
 * {@code findAndModify}, {@code count}, {@code distinct}, each statement of {@code update} and {@code delete},
 * and the leading {@code $match} (and a {@code $sort} right after it) of {@code aggregate} — the only stages an
 * index can serve.
 */
final class QueryShapes {

    private static final Set<String> RANGE = Set.of("$gt", "$gte", "$lt", "$lte");
    private static final Set<String> NEGATION = Set.of("$ne", "$nin", "$not");

    private QueryShapes() {
    }

    static List<QueryShape> of(String commandName, BsonDocument command) {
        return switch (commandName) {
            case "find" -> List.of(shape(command, "find", "filter", command.getDocument("sort", null)));
            case "findAndModify" -> List.of(shape(command, "findAndModify", "query", command.getDocument("sort", null)));
            case "count", "distinct" -> List.of(shape(command, commandName, "query", null));
            case "update" -> statements(command, "update", "updates");
            case "delete" -> statements(command, "delete", "deletes");
            case "aggregate" -> aggregate(command);
            default -> List.of();
        };
    }

    private static QueryShape shape(BsonDocument command, String operation, String filterKey, BsonDocument sort) {
        String collection = command.getString(operation).getValue();
        return shape(collection, operation, command.getDocument(filterKey, new BsonDocument()), sort);
    }

    private static List<QueryShape> statements(BsonDocument command, String operation, String statementsKey) {
        String collection = command.getString(operation).getValue();
        BsonArray statements = command.getArray(statementsKey, new BsonArray());
        return statements.stream().map(statement -> shape(collection, operation,
                statement.asDocument().getDocument("q", new BsonDocument()), null)).distinct().toList();
    }

    private static List<QueryShape> aggregate(BsonDocument command) {
        if (!command.isString("aggregate")) {
            return List.of();
        }
        String collection = command.getString("aggregate").getValue();
        List<BsonValue> pipeline = command.getArray("pipeline", new BsonArray());
        BsonDocument match = new BsonDocument();
        BsonDocument sort = null;
        int stage = 0;
        if (stage < pipeline.size() && pipeline.get(stage).asDocument().containsKey("$match")) {
            match = pipeline.get(stage++).asDocument().getDocument("$match");
        }
        if (stage < pipeline.size() && pipeline.get(stage).asDocument().containsKey("$sort")) {
            sort = pipeline.get(stage).asDocument().getDocument("$sort");
        }
        return List.of(shape(collection, "aggregate", match, sort));
    }

    static QueryShape shape(String collection, String operation, BsonDocument filter, BsonDocument sort) {
        List<SortKey> keys = new ArrayList<>();
        if (sort != null) {
            sort.forEach((field, direction) -> keys.add(new SortKey(field,
                    direction.isNumber() ? (direction.asNumber().intValue() < 0 ? -1 : 1) : 0)));
        }
        return conditions(collection, operation, filter, keys);
    }

    private static QueryShape conditions(String collection, String operation, BsonDocument filter, List<SortKey> sort) {
        Map<String, Kind> fields = new TreeMap<>();
        List<List<QueryShape>> orGroups = new ArrayList<>();
        collect(collection, operation, filter, "", fields, orGroups);
        return new QueryShape(collection, operation, fields, orGroups, sort);
    }

    private static void collect(String collection, String operation, BsonDocument filter, String prefix,
            Map<String, Kind> fields, List<List<QueryShape>> orGroups) {
        filter.forEach((key, value) -> {
            switch (key) {
                case "$and" -> value.asArray().forEach(part ->
                        collect(collection, operation, part.asDocument(), prefix, fields, orGroups));
                case "$or" -> orGroups.add(value.asArray().stream()
                        .map(alternative -> conditions(collection, operation, prefixed(alternative.asDocument(), prefix), List.of()))
                        .distinct().sorted(Comparator.comparing(QueryShape::toString)).toList());
                case "$nor", "$expr", "$where", "$text", "$comment", "$jsonSchema" ->
                        fields.merge(key, Kind.OTHER, Kind::and);
                default -> field(collection, operation, prefix + key, value, fields, orGroups);
            }
        });
    }

    /** An {@code $or} inside an {@code $elemMatch} names its fields relative to the array. */
    private static BsonDocument prefixed(BsonDocument filter, String prefix) {
        if (prefix.isEmpty()) {
            return filter;
        }
        BsonDocument prefixed = new BsonDocument();
        filter.forEach((key, value) -> prefixed.append(key.startsWith("$") ? key : prefix + key, value));
        return prefixed;
    }

    private static Kind pattern(String pattern, String options) {
        return pattern.startsWith("^") && !options.contains("i") ? Kind.PREFIX : Kind.PATTERN;
    }

    private static void field(String collection, String operation, String field, BsonValue value,
            Map<String, Kind> fields, List<List<QueryShape>> orGroups) {
        if (value.isRegularExpression()) {
            fields.merge(field, pattern(value.asRegularExpression().getPattern(), value.asRegularExpression().getOptions()), Kind::and);
            return;
        }
        if (!value.isDocument() || value.asDocument().isEmpty()
                || !value.asDocument().getFirstKey().startsWith("$")) {
            fields.merge(field, Kind.EQUALITY, Kind::and);
            return;
        }
        value.asDocument().forEach((operator, argument) -> {
            if (operator.equals("$elemMatch")) {
                BsonDocument element = argument.asDocument();
                if (!element.isEmpty() && element.getFirstKey().startsWith("$") && !element.getFirstKey().equals("$or")
                        && !element.getFirstKey().equals("$and")) {
                    field(collection, operation, field, element, fields, orGroups);
                } else {
                    collect(collection, operation, element, field + ".", fields, orGroups);
                }
                return;
            }
            Kind kind;
            if (operator.equals("$eq") || operator.equals("$all")) {
                kind = Kind.EQUALITY;
            } else if (operator.equals("$in")) {
                kind = argument.isArray() && argument.asArray().size() == 1 ? Kind.EQUALITY : Kind.IN;
            } else if (RANGE.contains(operator)) {
                kind = Kind.RANGE;
            } else if (operator.equals("$regex")) {
                BsonValue options = value.asDocument().get("$options");
                kind = argument.isRegularExpression()
                        ? pattern(argument.asRegularExpression().getPattern(), argument.asRegularExpression().getOptions())
                        : pattern(argument.asString().getValue(), options == null ? "" : options.asString().getValue());
            } else if (operator.equals("$options")) {
                return;
            } else if (operator.equals("$exists")) {
                kind = Kind.EXISTS;
            } else if (NEGATION.contains(operator)) {
                kind = Kind.NEGATION;
            } else {
                kind = Kind.OTHER;
            }
            fields.merge(field, kind, Kind::and);
        });
    }
}
