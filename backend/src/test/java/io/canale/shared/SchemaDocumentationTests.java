package io.canale.shared;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.DescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The public schema documents itself: every type, field, argument, input field and enum value. */
class SchemaDocumentationTests {

    @Test
    void every_schema_element_has_a_description() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls");
        assertThat(files).isNotEmpty();
        for (Resource file : files) {
            registry.merge(new SchemaParser().parse(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)));
        }
        List<String> undocumented = new ArrayList<>();
        @SuppressWarnings("rawtypes")
        List<TypeDefinition> types = new ArrayList<>(registry.types().values());
        registry.objectTypeExtensions().values().forEach(types::addAll);
        for (TypeDefinition<?> type : types) {
            DescribedNode<?> described = (DescribedNode<?>) type;
            boolean extension = type instanceof ObjectTypeExtensionDefinition;
            if (!extension) {
                check(described, type.getName(), undocumented);
            }
            if (type instanceof ObjectTypeDefinition object) {
                for (FieldDefinition field : object.getFieldDefinitions()) {
                    check(field, type.getName() + "." + field.getName(), undocumented);
                    field.getInputValueDefinitions().forEach(argument ->
                            check(argument, type.getName() + "." + field.getName() + "(" + argument.getName() + ")", undocumented));
                }
            } else if (type instanceof InputObjectTypeDefinition input) {
                input.getInputValueDefinitions().forEach(field -> check(field, type.getName() + "." + field.getName(), undocumented));
            } else if (type instanceof EnumTypeDefinition enumType) {
                enumType.getEnumValueDefinitions().forEach(value -> check(value, type.getName() + "." + value.getName(), undocumented));
            }
        }
        registry.scalars().values().stream().filter(scalar -> scalar.getSourceLocation() != null)
                .forEach(scalar -> check(scalar, scalar.getName(), undocumented));
        assertThat(undocumented).as("schema elements without a description").isEmpty();
    }

    private static void check(DescribedNode<?> node, String name, List<String> undocumented) {
        Description description = node.getDescription();
        if (description == null || description.getContent().isBlank()) {
            undocumented.add(name);
        }
    }
}
