package io.canale.portal.leadimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LeadImportTests {

    @Test
    void a_running_import_shows_its_share_done() {
        assertThat(job(LeadImport.Status.RUNNING, 42).progress()).hasValue(0.42);
        assertThat(job(LeadImport.Status.COMPLETED, 100).progress()).hasValue(1.0);
    }

    @Test
    void a_queued_import_is_indeterminate() {
        assertThat(job(LeadImport.Status.QUEUED, 0).progress()).isEmpty();
    }

    @Test
    void an_out_of_range_percent_stays_on_the_bar() {
        assertThat(job(LeadImport.Status.RUNNING, 140).progress()).hasValue(1.0);
        assertThat(job(LeadImport.Status.RUNNING, -3).progress()).hasValue(0.0);
    }

    @Test
    void every_failure_has_its_own_text_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ITALIAN}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            Arrays.stream(LeadImport.Code.values()).map(code -> new LeadImport.JobError(code, "m").messageKey())
                    .forEach(key -> assertThat(bundle.containsKey(key)).as(key + " in " + locale).isTrue());
        }
    }

    private static LeadImport job(LeadImport.Status status, int percent) {
        return new LeadImport("imp_1", "leads.csv", true, status, 10, 9, 1, percent, null, "/imports/leads/imp_1/errors.csv");
    }
}
