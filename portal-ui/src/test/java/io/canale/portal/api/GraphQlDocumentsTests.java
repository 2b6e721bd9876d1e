package io.canale.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every document the portal sends is valid against the backend's schema (the canale-schema jar), and lives in the
 * folder of its capability ({@code graphql-documents/<capability>/<name>.graphql}).
 */
class GraphQlDocumentsTests {

    private static final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private static GraphQLSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (Resource file : resources.getResources("classpath*:graphql/**/*.graphqls")) {
            registry.merge(parser.parse(file.getContentAsString(StandardCharsets.UTF_8)));
        }
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    static Stream<Resource> documents() throws IOException {
        return Arrays.stream(resources.getResources("classpath:graphql-documents/**/*.graphql"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void document_is_valid_against_the_schema(Resource document) throws IOException {
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(schema,
                ExecutionInput.newExecutionInput(document.getContentAsString(StandardCharsets.UTF_8)).build());

        assertThat(result.getErrors()).as(document.getFilename()).isEmpty();
    }

    @Test
    void every_document_lives_in_the_folder_of_its_capability() throws IOException {
        assertThat(resources.getResources("classpath:graphql-documents/*.graphql")).extracting(Resource::getFilename)
                .as("documents at the top level of graphql-documents/, outside any capability's folder").isEmpty();
    }
}
