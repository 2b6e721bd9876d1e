package io.canale.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.canale.archfixture.DecidesByItself;
import io.canale.shared.ActingPartner;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Decisions are made by the access policy only: no class outside {@code io.canale.security} may look at what a
 * caller is (partner type, roles, kind) or holds (scopes), nor at whose partner it is, nor find the caller by
 * itself; nor at the type of the partner an actor acted for (how an actor is shown is the policy's decision).
 * Features pass the {@link Caller} on and ask the {@link AccessPolicy}.
 */
class DecisionsStayInThePolicyTests {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.canale");

    static final Set<String> DECIDING = Set.of("isStaff", "partnerType", "roles", "belongsTo", "has", "scopes", "kind");

    static final ArchRule ONLY_THE_POLICY_DECIDES = noClasses().that().resideOutsideOfPackage("io.canale.security..")
            .should().accessTargetWhere(new DescribedPredicate<JavaAccess<?>>("a look at Caller." + DECIDING + " or ActingPartner.type") {
                @Override
                public boolean test(JavaAccess<?> access) {
                    return access.getTargetOwner().isEquivalentTo(Caller.class) && DECIDING.contains(access.getName())
                            || access.getTargetOwner().isEquivalentTo(ActingPartner.class) && access.getName().equals("type")
                            && !access.getOriginOwner().isEquivalentTo(ActingPartner.class);
                }
            })
            .because("the access policy is the one place that decides; pass the Caller (and an actor's partner) to it");

    @Test
    void no_class_outside_the_policy_decides_on_what_a_caller_is_or_holds() {
        ONLY_THE_POLICY_DECIDES.check(MAIN);
    }

    @Test
    void the_rule_catches_a_class_that_decides_by_itself() {
        JavaClasses offender = new ClassFileImporter().importClasses(DecidesByItself.class);
        assertThatThrownBy(() -> ONLY_THE_POLICY_DECIDES.check(offender)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("partnerType");
    }

    @Test
    void the_rule_catches_a_class_that_shows_an_actor_by_itself() {
        JavaClasses offender = new ClassFileImporter().importClasses(DecidesByItself.ShowsActorsByItself.class);
        assertThatThrownBy(() -> ONLY_THE_POLICY_DECIDES.check(offender)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ActingPartner.type");
    }

    @Test
    void no_class_outside_the_policy_finds_the_caller_by_itself() {
        noClasses().that().resideOutsideOfPackage("io.canale.security..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.security.core.context.SecurityContextHolder")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken")
                .because("controllers receive the Caller as a method argument, resolved in one place (Callers)")
                .check(MAIN);
    }
}
