package io.canale.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

class CsvExportTests {

    /** 250 numbered rows, served in keyset pages as a connection serves them; records the pages asked for. */
    final List<ScrollSubrange> asked = new ArrayList<>();
    /** What each page was charged, and whether before the answer started. */
    final List<String> charged = new ArrayList<>();
    final ExportBudget budget = new ExportBudget() {
        @Override
        public void charge(String budgetKey, long points) {
            charged.add(budgetKey + " " + points + " up front");
        }

        @Override
        public void chargeOwed(String budgetKey, long points) {
            charged.add(budgetKey + " " + points + " owed");
        }
    };

    Window<Integer> page(ScrollSubrange subrange) {
        asked.add(subrange);
        KeysetScrollPosition position = (KeysetScrollPosition) subrange.position().orElseThrow();
        int after = position.isInitial() ? 0 : (Integer) position.getKeys().get("n");
        int size = subrange.count().orElseThrow();
        List<Integer> rows = IntStream.rangeClosed(after + 1, Math.min(after + size, 250)).boxed().toList();
        return Window.from(rows, index -> ScrollPosition.forward(java.util.Map.of("n", rows.get(index))), after + size < 250);
    }

    String export(List<String> header, java.util.function.Function<List<Integer>, List<List<Object>>> rows) throws Exception {
        var answer = CsvExport.of(budget, "k", "n.csv", header, this::page, rows);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(answer.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"n.csv\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        answer.getBody().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void every_page_is_streamed_in_order_with_crlf_line_ends() throws Exception {
        String csv = export(List.of("n"), page -> page.stream().map(n -> List.<Object>of(n)).toList());
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(251);
        assertThat(lines[0]).isEqualTo("n");
        assertThat(lines[1]).isEqualTo("1");
        assertThat(lines[250]).isEqualTo("250");
        assertThat(asked).hasSize(3).allSatisfy(subrange -> assertThat(subrange.count().getAsInt()).isEqualTo(100));
        assertThat(charged).as("a point per page and per cell; the first before the answer")
                .containsExactly("k 101 up front", "k 101 owed", "k 51 owed");
    }

    @Test
    void quotes_commas_and_line_breaks_are_quoted_as_rfc_4180_says() throws Exception {
        String csv = export(List.of("a", "b"), page -> page.size() > 1 && page.getFirst() == 1
                ? List.of(List.<Object>of("Rossi, \"Auto\"", "riga\nnuova")) : List.of());
        assertThat(csv).isEqualTo("a,b\r\n\"Rossi, \"\"Auto\"\"\",\"riga\nnuova\"\r\n");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_defused() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("-1+2")).isEqualTo("-1+2");
        assertThat(CsvExport.cell("-cmd")).isEqualTo("'-cmd");
        assertThat(CsvExport.cell("+39 02 555 0199")).isEqualTo("+39 02 555 0199");
        assertThat(CsvExport.cell("Rossi")).isEqualTo("Rossi");
        assertThat(CsvExport.cell(42)).isEqualTo(42);
    }
}
