package io.canale.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.canale.schemafixture.MistypedPartnerRef;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every {@link SchemaType} of the portal against the backend's schema (the canale-schema jar): each component
 * is a field of the named type with a compatible Java type, nested records are schema types themselves, enums
 * have exactly the schema's values, and inputs carry every required field. A change of the schema that a
 * portal type does not follow fails here, not on a screen.
 */
class SchemaTypesTests {

    /** Java types a scalar may be read into or written from. */
    private static final Map<String, Set<Class<?>>> SCALARS = Map.of(
            "String", Set.of(String.class, LocalDate.class),
            "ID", Set.of(String.class),
            "Int", Set.of(Integer.class, int.class, Long.class, long.class),
            "Float", Set.of(Double.class, double.class, BigDecimal.class),
            "Boolean", Set.of(Boolean.class, boolean.class),
            "DateTime", Set.of(Instant.class, OffsetDateTime.class),
            "Decimal", Set.of(BigDecimal.class, String.class),
            "CountryCode", Set.of(String.class),
            "Locale", Set.of(String.class, Locale.class));

    private static GraphQLSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls")) {
            registry.merge(parser.parse(file.getContentAsString(StandardCharsets.UTF_8)));
        }
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    static Stream<Class<?>> schemaTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(SchemaType.class));
        return scanner.findCandidateComponents("io.canale.portal").stream()
                .<Class<?>>map(definition -> load(definition.getBeanClassName()))
                .sorted(Comparator.comparing(Class::getName));
    }

    @Test
    void the_portal_declares_schema_types() {
        assertThat(schemaTypes()).contains(PartnerRef.class, Money.class, UserError.class);
    }

    @Test
    void each_schema_type_is_declared_once() {
        Map<String, List<String>> byName = schemaTypes().collect(Collectors.groupingBy(SchemaTypesTests::nameOf,
                Collectors.mapping(Class::getName, Collectors.toList())));
        assertThat(byName.entrySet().stream().filter(entry -> entry.getValue().size() > 1).map(Map.Entry::toString))
                .as("schema types declared by more than one portal type").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaTypes")
    void portal_type_matches_the_schema(Class<?> type) {
        assertThat(problemsOf(type)).as(type.getName()).isEmpty();
    }

    @Test
    void a_mistyped_or_unknown_component_is_reported() {
        assertThat(problemsOf(MistypedPartnerRef.class)).containsExactly(
                "name: String cannot be read into Integer", "nickname: no such field on PartnerRef");
    }

    private static List<String> problemsOf(Class<?> type) {
        List<String> problems = new ArrayList<>();
        GraphQLType target = schema.getType(nameOf(type));
        if (target == null) {
            problems.add("no schema type " + nameOf(type));
        } else if (type.isEnum()) {
            checkEnum(type, target, type.getSimpleName(), problems);
        } else if (!type.isRecord()) {
            problems.add("only records and enums stand for schema types");
        } else if (target instanceof GraphQLObjectType object) {
            for (RecordComponent component : type.getRecordComponents()) {
                var field = object.getFieldDefinition(component.getName());
                if (field == null) {
                    problems.add(component.getName() + ": no such field on " + object.getName());
                } else {
                    check(component.getGenericType(), field.getType(), component.getName(), problems);
                }
            }
        } else if (target instanceof GraphQLInputObjectType input) {
            Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toSet());
            for (RecordComponent component : type.getRecordComponents()) {
                GraphQLInputObjectField field = input.getField(component.getName());
                if (field == null) {
                    problems.add(component.getName() + ": no such input field on " + input.getName());
                } else {
                    check(component.getGenericType(), field.getType(), component.getName(), problems);
                }
            }
            for (GraphQLInputObjectField field : input.getFields()) {
                if (GraphQLTypeUtil.isNonNull(field.getType()) && !field.hasSetDefaultValue()
                        && !components.contains(field.getName())) {
                    problems.add(field.getName() + ": required by " + input.getName() + " but not sent");
                }
            }
        } else {
            problems.add(nameOf(type) + " is neither an object nor an input type");
        }
        return problems;
    }

    private static void check(Type java, GraphQLType graphQl, String path, List<String> problems) {
        boolean required = graphQl instanceof GraphQLNonNull;
        GraphQLType inner = GraphQLTypeUtil.unwrapNonNull(graphQl);
        Class<?> raw = raw(java);
        if (raw == Optional.class && java instanceof ParameterizedType optional) {
            // An input field sent as an explicit null when empty (to clear a value): only a nullable one may be.
            if (required) {
                problems.add(path + ": an Optional sends the null that " + GraphQLTypeUtil.simplePrint(graphQl) + " refuses");
            }
            check(optional.getActualTypeArguments()[0], inner, path, problems);
            return;
        }
        if (raw.isPrimitive() && !required) {
            problems.add(path + ": a primitive cannot hold the null that " + GraphQLTypeUtil.simplePrint(graphQl) + " allows");
        }
        if (inner instanceof GraphQLList list) {
            if (!Collection.class.isAssignableFrom(raw) || !(java instanceof ParameterizedType parameterized)) {
                problems.add(path + ": a list in the schema, " + java.getTypeName() + " here");
                return;
            }
            check(parameterized.getActualTypeArguments()[0], list.getWrappedType(), path + "[]", problems);
        } else if (inner instanceof GraphQLScalarType scalar) {
            Set<Class<?>> allowed = SCALARS.getOrDefault(scalar.getName(), Set.of());
            if (!allowed.contains(raw)) {
                problems.add(path + ": " + scalar.getName() + " cannot be read into " + raw.getSimpleName());
            }
        } else if (inner instanceof GraphQLEnumType) {
            if (!raw.isEnum()) {
                problems.add(path + ": an enum in the schema, " + raw.getSimpleName() + " here");
            } else {
                checkEnum(raw, inner, path, problems);
            }
        } else if (raw == Connection.class && inner instanceof GraphQLObjectType connection
                && connection.getFieldDefinition("edges") != null && java instanceof ParameterizedType parameterized) {
            // Any XConnection reads into the generic Connection: its nodes must match the edges' node type.
            GraphQLType edges = GraphQLTypeUtil.unwrapAll(connection.getFieldDefinition("edges").getType());
            check(parameterized.getActualTypeArguments()[0], ((GraphQLObjectType) edges).getFieldDefinition("node").getType(),
                    path + ".edges[].node", problems);
        } else if (inner instanceof GraphQLNamedType named) {
            if (!raw.isAnnotationPresent(SchemaType.class)) {
                problems.add(path + ": " + raw.getName() + " stands for " + named.getName() + " but is not a @SchemaType");
            } else if (!nameOf(raw).equals(named.getName())) {
                problems.add(path + ": " + raw.getSimpleName() + " is the portal's " + nameOf(raw) + ", the schema has "
                        + named.getName());
            }
        }
    }

    /** Reading needs every schema value (or Jackson fails on a new one); writing needs every Java value. */
    private static void checkEnum(Class<?> java, GraphQLType graphQl, String path, List<String> problems) {
        if (!(graphQl instanceof GraphQLEnumType enumType)) {
            problems.add(path + ": " + GraphQLTypeUtil.simplePrint(graphQl) + " is not an enum");
            return;
        }
        if (java.isAnnotationPresent(SchemaType.class) && !nameOf(java).equals(enumType.getName())) {
            problems.add(path + ": " + java.getSimpleName() + " is the portal's " + nameOf(java) + ", the schema has "
                    + enumType.getName());
        }
        Set<String> inSchema = enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inJava = Arrays.stream(java.getEnumConstants()).map(value -> ((Enum<?>) value).name())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!inSchema.equals(inJava)) {
            problems.add(path + ": " + java.getSimpleName() + " has " + inJava + ", " + enumType.getName() + " has " + inSchema);
        }
    }

    private static String nameOf(Class<?> type) {
        String name = type.getAnnotation(SchemaType.class).value();
        return name.isEmpty() ? type.getSimpleName() : name;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
