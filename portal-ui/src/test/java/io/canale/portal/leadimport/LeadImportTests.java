package io.canale.portal.leadimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LeadImportTests {

    @Test
    void aRunningImportShowsItsShareDone() {
        assertThat(job(LeadImport.Status.RUNNING, 42).progress()).hasValue(0.42);
        assertThat(job(LeadImport.Status.COMPLETED, 100).progress()).hasValue(1.0);
    }

    @Test
    void aQueuedImportOrOneWithoutPercentIsIndeterminate() {
        assertThat(job(LeadImport.Status.QUEUED, 0).progress()).isEmpty();
        assertThat(job(LeadImport.Status.RUNNING, null).progress()).isEmpty();
    }

    @Test
    void anOutOfRangePercentStaysOnTheBar() {
        assertThat(job(LeadImport.Status.RUNNING, 140).progress()).hasValue(1.0);
        assertThat(job(LeadImport.Status.RUNNING, -3).progress()).hasValue(0.0);
    }

    @Test
    void knownFailuresHaveTheirOwnTextInBothLanguages() {
        assertThat(new LeadImport.JobError("SOMETHING_NEW", "m").messageKey()).isEmpty();
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ITALIAN}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            LeadImport.JobError.TRANSLATED.forEach(code -> assertThat(new LeadImport.JobError(code, "m").messageKey())
                    .hasValueSatisfying(key -> assertThat(bundle.containsKey(key)).as(key + " in " + locale).isTrue()));
        }
    }

    private static LeadImport job(LeadImport.Status status, Integer percent) {
        return new LeadImport("imp_1", "leads.csv", true, status, 10, 9, 1, percent, null, "/imports/leads/imp_1/errors.csv");
    }
}
