package io.canale.portal.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one {@link IncentiveProgram} type reads both the dealer's documents and staff's: a dealer's selection leaves out
 * {@code version} and staff's actions, which Jackson 3 would refuse as null primitives (the browser tests caught it).
 */
class IncentiveProgramJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_dealers_selection_without_version_or_staff_actions_reads_as_zero_and_false() {
        IncentiveProgram program = json.readValue("""
                {"id": "inc_demo_volume", "name": "Volumi", "viewerCan": {"check": false}}""", IncentiveProgram.class);

        assertThat(program.version()).isZero();
        assertThat(program.viewerCan().revise()).isFalse();
        assertThat(program.viewerCan().closePeriod()).isFalse();
        assertThat(program.versions()).isEmpty();
    }

    @Test
    void staffs_selection_keeps_what_the_api_answered() {
        IncentiveProgram program = json.readValue("""
                {"id": "inc_1", "version": 3, "viewerCan": {"revise": true, "closePeriod": true, "recordPayout": false, "check": true}}""",
                IncentiveProgram.class);

        assertThat(program.version()).isEqualTo(3);
        assertThat(program.viewerCan().revise()).isTrue();
        assertThat(program.viewerCan().recordPayout()).isFalse();
    }
}
