package io.canale.support.fuzz;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds one GraphQL request for a root field from the schema: every argument from {@link HostileValues}
 * (mostly as variables, sometimes as inline literals, sometimes left out), and a selection of every field of
 * the answer a few levels deep, nested arguments included, with {@code __typename} on every object so that
 * {@link Pools} can learn the ids it sees.
 */
public final class GraphQlCalls {

    /** Object levels selected below the root field. */
    static final int DEPTH = 4;
    private static final int MAX_LITERAL = 2_000;

    /** A request ready to send. */
    public record Call(String field, String document, Map<String, Object> variables) {
    }

    private final HostileValues values;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final StringJoiner definitions = new StringJoiner(", ");

    private GraphQlCalls(HostileValues values) {
        this.values = values;
    }

    public static Call build(String operation, GraphQLFieldDefinition field, HostileValues values) {
        GraphQlCalls calls = new GraphQlCalls(values);
        String body = field.getName() + calls.arguments(field, field.getName()) + calls.selection(field.getType(), 1);
        String defined = calls.definitions.length() == 0 ? "" : "(" + calls.definitions + ")";
        String root = operation.equals("query") ? "Query" : "Mutation";
        return new Call(root + "." + field.getName(), operation + " Fuzz" + defined + " { " + body + " }", calls.variables);
    }

    /**
     * The field with no arguments and the full selection (nested fields without arguments too): what a
     * plain client asks. Null when the field has a required argument.
     */
    public static Call plain(String operation, GraphQLFieldDefinition field) {
        if (requiresArguments(field)) {
            return null;
        }
        GraphQlCalls calls = new GraphQlCalls(null);
        String root = operation.equals("query") ? "Query" : "Mutation";
        return new Call(root + "." + field.getName(), operation + " { " + field.getName()
                + calls.selection(field.getType(), 1) + " }", Map.of());
    }

    private String arguments(GraphQLFieldDefinition field, String context) {
        if (values == null) {
            return "";
        }
        StringJoiner arguments = new StringJoiner(", ", "(", ")").setEmptyValue("");
        for (GraphQLArgument argument : field.getArguments()) {
            Object value = values.value(argument.getType(), argument.getName(), context);
            if (value == HostileValues.ABSENT) {
                continue;
            }
            String literal = values.mode() == HostileValues.Mode.ANY && values.chance(0.15)
                    ? literal(value, argument.getType()) : null;
            if (literal != null) {
                arguments.add(argument.getName() + ": " + literal);
            } else {
                String name = "v" + variables.size();
                definitions.add("$" + name + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
                variables.put(name, value);
                arguments.add(argument.getName() + ": $" + name);
            }
        }
        return arguments.toString();
    }

    private String selection(GraphQLOutputType type, int depth) {
        if (!(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLFieldsContainer object)) {
            return "";
        }
        StringJoiner fields = new StringJoiner(" ", " { __typename ", " }");
        for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
            boolean leaf = GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()));
            if (field.getName().startsWith("__") || !leaf && depth >= DEPTH || values == null && requiresArguments(field)) {
                continue;
            }
            fields.add(field.getName() + arguments(field, object.getName() + "." + field.getName())
                    + (leaf ? "" : selection(field.getType(), depth + 1)));
        }
        return fields.toString();
    }

    private static boolean requiresArguments(GraphQLFieldDefinition field) {
        return field.getArguments().stream()
                .anyMatch(argument -> GraphQLTypeUtil.isNonNull(argument.getType()) && !argument.hasSetDefaultValue());
    }

    /** The value as a GraphQL literal, or null when it is too big to inline. */
    private static String literal(Object value, GraphQLType type) {
        String text = literalOf(value, type);
        return text.length() > MAX_LITERAL ? null : text;
    }

    private static String literalOf(Object value, GraphQLType type) {
        GraphQLType bare = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return switch (value) {
            case null -> "null";
            case String text when bare instanceof GraphQLEnumType && text.matches("[_A-Za-z][_0-9A-Za-z]*") -> text;
            case String text -> quoted(text);
            case List<?> list -> {
                GraphQLType element = bare instanceof GraphQLList listType ? listType.getWrappedType() : bare;
                StringJoiner items = new StringJoiner(", ", "[", "]");
                list.stream().limit(MAX_LITERAL).forEach(item -> items.add(literalOf(item, element)));
                yield items.toString();
            }
            case Map<?, ?> map -> {
                StringJoiner entries = new StringJoiner(", ", "{", "}");
                map.forEach((key, item) -> {
                    GraphQLInputType fieldType = bare instanceof GraphQLInputObjectType input
                            && input.getField(key.toString()) != null ? input.getField(key.toString()).getType() : null;
                    entries.add(key + ": " + literalOf(item, fieldType));
                });
                yield entries.toString();
            }
            default -> value.toString();
        };
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.chars().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate((char) c)) {
                        quoted.append(String.format("\\u%04x", c));
                    } else {
                        quoted.append((char) c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
