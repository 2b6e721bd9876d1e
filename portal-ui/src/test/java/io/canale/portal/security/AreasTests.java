package io.canale.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.canale.portal.api.Area;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class AreasTests {

    @Test
    void every_area_has_its_constant_and_every_constant_is_an_area() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : Areas.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Area.values()).map(Area::authority).toList());
    }

    @Test
    void an_area_is_granted_as_the_role_that_roles_allowed_checks() {
        assertThat(Areas.authorities(List.of(Area.HOME, Area.DEALS))).map(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_AREA_HOME", "ROLE_AREA_DEALS");
    }

    @Test
    void a_roles_allowed_name_tells_its_area() {
        assertThat(Areas.areaOf(Areas.PRICE_LISTS)).isEqualTo(Area.PRICE_LISTS);
        assertThat(Areas.areaOf("STAFF")).isNull();
    }
}
