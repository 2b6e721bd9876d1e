package io.canale.portal.leadimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.UserError;
import io.canale.portal.api.UserErrorCode;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportRefusalsTests {

    @Test
    void reads_every_error_of_a_well_formed_body() {
        String body = """
                {"errors": [
                  {"field": ["file"], "code": "REQUIRED", "message": "the file is empty"},
                  {"field": ["delimiter"], "code": "INVALID", "message": "use , ; tab or |"}
                ]}""";

        assertThat(ImportRefusals.parse(body)).containsExactly(
                new UserError(List.of("file"), UserErrorCode.REQUIRED, "the file is empty"),
                new UserError(List.of("delimiter"), UserErrorCode.INVALID, "use , ; tab or |"));
    }

    @Test
    void known_refusals_have_their_own_text_others_keep_their_message() {
        List<UserError> errors = ImportRefusals.parse("""
                {"errors": [
                  {"field": ["file"], "code": "TOO_LONG", "message": "the file is over the limit of 52428800 bytes"},
                  {"field": "file", "code": "MISSING_COLUMNS", "message": "Missing column(s): country"},
                  {"field": ["dryRun"], "code": "INVALID", "message": "true or false"}
                ]}""");

        assertThat(ImportRefusals.messageKey(errors.get(0))).hasValue("importRefusal.file.TOO_LONG");
        // A code the portal does not know yet (nor the GraphQL enum): no text of its own, its message shows.
        assertThat(errors.get(1)).isEqualTo(new UserError(List.of("file"), null, "Missing column(s): country"));
        assertThat(ImportRefusals.messageKey(errors.get(1))).isEmpty();
        assertThat(ImportRefusals.messageKey(errors.get(2))).isEmpty();
    }

    @Test
    void tells_which_part_of_the_request_is_at_fault() {
        UserError delimiter = new UserError(List.of("delimiter"), UserErrorCode.INVALID, "m");

        assertThat(ImportRefusals.concerns(delimiter, "delimiter")).isTrue();
        assertThat(ImportRefusals.concerns(delimiter, "file")).isFalse();
        assertThat(ImportRefusals.concerns(new UserError(null, null, "m"), "delimiter")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html><body>Bad Request</body></html>", "{\"errors\": [", "[1, 2]", "\"text\"",
            "{\"error\": \"the file is empty\"}", "{\"errors\": \"not a list\"}", "{\"errors\": [42, null]}", "{}"})
    void finds_no_error_in_garbage(String body) {
        assertThat(ImportRefusals.parse(body)).isEmpty();
    }

    @Test
    void malformed_parts_become_null() {
        assertThat(ImportRefusals.parse("{\"errors\": [{\"field\": [\"file\", 3], \"code\": 7, \"message\": \" \"}]}"))
                .containsExactly(new UserError(null, null, null));
    }

    @Test
    void every_translated_refusal_has_a_text_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ITALIAN}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            ImportRefusals.TRANSLATED.forEach(key -> assertThat(bundle.containsKey("importRefusal." + key))
                    .as(key + " in " + locale).isTrue());
        }
    }
}
