package io.canale.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The limits follow CSV structure as Commons CSV reads it: quotes, escaped quotes, line breaks inside fields. */
class CsvLimitsTests {

    static final CsvLimits SMALL = new CsvLimits(3, 5, 12);

    @Test
    void rows_within_the_limits_parse_as_without_them() throws IOException {
        String csv = "a,b,c\n\"x,y\",\"\"\"q\"\"\",\"1\n2\"\r\n\n12345,,\n";
        assertThat(records(new CsvLimits(3, 5, 22).guard(new StringReader(csv), ','))).isEqualTo(records(new StringReader(csv)))
                .containsExactly(List.of("a", "b", "c"), List.of("x,y", "\"q\"", "1\n2"), List.of("12345", "", ""));
    }

    @Test
    void a_row_with_one_column_too_many_is_refused_with_its_row_number() {
        assertThatThrownBy(() -> records(SMALL.guard(new StringReader("a,b,c\n\n1,2,3\n1,2,3,4\n"), ',')))
                .satisfies(failure -> assertThat(CsvLimitExceededException.in(failure)).hasValueSatisfying(limit -> {
                    assertThat(limit.kind()).isEqualTo(CsvLimitExceededException.Kind.COLUMNS);
                    assertThat(limit.getMessage()).isEqualTo("Row 3 has more than 3 columns, the limit per row");
                }));
        assertThatThrownBy(() -> records(SMALL.guard(new StringReader("a;b;c;d\n"), ';')))
                .hasMessage("The header has more than 3 columns, the limit per row");
    }

    @Test
    void a_field_over_the_limit_is_refused_quoted_or_not_and_escaped_quotes_count_once() throws IOException {
        assertThat(records(SMALL.guard(new StringReader("a\n\"\"\"\"\"\"\"\"\"\"\"\"\n"), ',')))
                .containsExactly(List.of("a"), List.of("\"\"\"\"\"")); // five quotes: at the limit
        assertThatThrownBy(() -> records(SMALL.guard(new StringReader("a\n123456\n"), ',')))
                .satisfies(failure -> assertThat(CsvLimitExceededException.in(failure).orElseThrow().kind())
                        .isEqualTo(CsvLimitExceededException.Kind.FIELD));
        assertThatThrownBy(() -> records(SMALL.guard(new StringReader("a\n\"12\n3456\"\n"), ',')))
                .satisfies(failure -> assertThat(CsvLimitExceededException.in(failure).orElseThrow().getMessage())
                        .startsWith("Row 2 has a field of more than 5 characters").contains("closing quote"));
    }

    @Test
    void a_row_over_the_limit_is_refused_even_when_its_fields_are_short() {
        assertThatThrownBy(() -> records(SMALL.guard(new StringReader("a,b,c\n1234,1234,1234\n"), ',')))
                .satisfies(failure -> assertThat(CsvLimitExceededException.in(failure).orElseThrow().getMessage())
                        .isEqualTo("Row 2 has more than 12 characters, the limit per row"));
    }

    @Test
    void defaults_apply_where_nothing_is_configured() {
        assertThat(CsvLimits.DEFAULTS).isEqualTo(new CsvLimits(256, 65536, 1048576));
    }

    private static List<List<String>> records(Reader reader) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            return parser.stream().map(CSVRecord::toList).toList();
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
    }
}
