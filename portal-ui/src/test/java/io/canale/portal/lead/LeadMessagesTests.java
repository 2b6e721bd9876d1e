package io.canale.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.leadimport.LeadImportView;
import io.canale.portal.opportunity.Activity;
import io.canale.portal.opportunity.OpportunityTexts;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lead texts the views build from values at run time exist in both languages. */
class LeadMessagesTests {

    @Test
    void every_computed_key_has_a_text_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ITALIAN}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            Stream.of(
                    Arrays.stream(LeadStatus.values()).map(status -> "leadStatus." + status),
                    Arrays.stream(Lead.Source.values()).map(source -> "leadSource." + source),
                    Arrays.stream(Lead.DuplicateReason.values()).map(reason -> "duplicateReason." + reason),
                    Stream.of(TimeLeft.DAYS, TimeLeft.HOURS, TimeLeft.MINUTES, TimeLeft.EXPIRED),
                    OpportunityTexts.STAGE_KEYS.stream().map(stage -> "stage." + stage),
                    Arrays.stream(LeadImportView.Delimiter.values()).map(delimiter -> "import.delimiter." + delimiter.name()),
                    Arrays.stream(Activity.Type.values()).map(type -> "activityType." + type))
                    .flatMap(keys -> keys)
                    .forEach(key -> assertThat(bundle.containsKey(key)).as(key + " in " + locale).isTrue());
        }
    }
}
