package io.canale.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportProblemTests {

    @Test
    void readsEveryErrorOfAWellFormedBody() {
        String body = """
                {"errors": [
                  {"field": "file", "code": "MISSING_COLUMNS", "message": "Missing column(s): country"},
                  {"field": ["input", "delimiter"], "code": "INVALID", "message": "use , ; tab or |"}
                ]}""";

        assertThat(ImportProblem.parse(body)).containsExactly(
                new ImportProblem("file", "MISSING_COLUMNS", "Missing column(s): country"),
                new ImportProblem("delimiter", "INVALID", "use , ; tab or |"));
    }

    @Test
    void keepsACodeThePortalDoesNotKnowWithItsMessage() {
        ImportProblem problem = ImportProblem.parse("""
                {"errors": [{"field": "file", "code": "ZIPPED", "message": "compressed files are not read"}]}""")
                .getFirst();

        assertThat(problem.code()).isEqualTo("ZIPPED");
        assertThat(problem.messageKey()).isEmpty();
        assertThat(problem.message()).isEqualTo("compressed files are not read");
    }

    @Test
    void readsTheOlderSingleErrorShape() {
        assertThat(ImportProblem.parse("{\"error\": \"the file is empty\"}"))
                .containsExactly(new ImportProblem(null, null, "the file is empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html><body>Bad Request</body></html>", "{\"errors\": [", "[1, 2]", "\"text\"",
            "{\"errors\": \"not a list\"}", "{\"errors\": [42, null]}", "{}"})
    void findsNoProblemInGarbage(String body) {
        assertThat(ImportProblem.parse(body)).isEmpty();
    }

    @Test
    void blankOrMissingPartsBecomeNull() {
        assertThat(ImportProblem.parse("{\"errors\": [{\"field\": \"\", \"code\": 7}]}"))
                .containsExactly(new ImportProblem(null, null, null));
    }

    @Test
    void everyTranslatedCodeHasATextInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ITALIAN}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            ImportProblem.TRANSLATED.forEach(code -> assertThat(
                    new ImportProblem("file", code, "m").messageKey()).hasValueSatisfying(
                            key -> assertThat(bundle.containsKey(key)).as(key + " in " + locale).isTrue()));
        }
    }
}
