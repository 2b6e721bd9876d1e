package io.canale.portal.security;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.canale.rulefixture.ReadsTheCallersGrants;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal holds no access rules: the API's access policy decides, in {@code viewer.areas}, {@code viewer.viewerCan}
 * and each record's {@code viewerCan}. Outside {@code io.canale.portal.security} no class reads the caller's roles,
 * scopes, token claims or partner type, nor keeps an "is staff"-like flag; a partner's type is read only by the
 * partner directory, as data of the partners it lists; every view opens for one area. A fixture proves each rule
 * bites.
 */
class NoAccessRulesOutsideSecurityTests {

    private static final String SECURITY = "io.canale.portal.security..";
    /** The partner directory shows and filters by the type of the partners it lists. */
    private static final String PARTNER_DIRECTORY = "io.canale.portal.partner..";
    /** Program eligibility names partner types as data of the program (who takes part), as the directory does of partners. */
    private static final String INCENTIVE_ELIGIBILITY = "io.canale.portal.incentiveadmin..";
    /** Where the one {@code Partner} schema type lives, with its {@code type}. */
    private static final String API = "io.canale.portal.api..";
    /** What carries the caller's grants: the signed-in principal, the token's claims, authorities and scopes. */
    private static final String GRANT_TYPES = "io\\.canale\\.portal\\.security\\.CanaleUser"
            + "|org\\.springframework\\.security\\.oauth2\\.(jwt|core\\.oidc)\\..*"
            + "|org\\.springframework\\.security\\.oauth2\\.core\\.OAuth2AccessToken"
            + "|org\\.springframework\\.security\\.core\\.GrantedAuthority";
    /** Methods that ask what the caller was granted. */
    private static final String GRANT_CHECKS = "hasRole|hasAnyRole|hasAuthority|hasAnyAuthority|isUserInRole|getAuthorities"
            + "|getGrantedRoles|getGrantedAuthorities|hasScope|getClaims?|getClaimAs.*";
    /** Flags that stand for a role or a partner type of the caller. */
    private static final String ROLE_FLAGS = "(?i)(is|has|can|may)?(staff|dealer|supplier|carrier|manufacturer|admin|orgAdmin)";

    private static JavaClasses portal;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.canale.portal");
        fixture = new ClassFileImporter().importClasses(ReadsTheCallersGrants.class);
    }

    static ArchRule noTokenOrGrantTypes() {
        return noClasses().that().resideOutsideOfPackage(SECURITY)
                .should().dependOnClassesThat().haveNameMatching(GRANT_TYPES)
                .because("who may do what comes from the API (viewer.areas, viewerCan), not from the token");
    }

    static ArchRule noGrantChecks() {
        return noClasses().that().resideOutsideOfPackage(SECURITY)
                .should().callMethodWhere(target(nameMatching(GRANT_CHECKS)))
                .because("views offer what viewerCan allows instead of checking roles or scopes");
    }

    static ArchRule partnerTypesOnlyAsDirectoryData() {
        return noClasses().that().resideOutsideOfPackages(SECURITY, PARTNER_DIRECTORY, API, INCENTIVE_ELIGIBILITY)
                .should().dependOnClassesThat().haveFullyQualifiedName("io.canale.portal.api.PartnerType")
                .orShould().callMethodWhere(target(nameMatching("type"))
                        .and(describe("of a Partner", call -> call.getTargetOwner().getName()
                                .equals("io.canale.portal.api.Partner"))))
                .because("a partner's type is data the directory lists, never a reason to show or hide something");
    }

    static ArchRule noRoleFlags() {
        return noFields().that().areDeclaredInClassesThat().resideOutsideOfPackage(SECURITY)
                .and().haveRawType(boolean.class)
                .should().haveNameMatching(ROLE_FLAGS)
                .because("an \"is staff\" flag is a rule copied from the access policy; ask viewerCan instead");
    }

    static ArchRule noRoleQuestions() {
        return noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage(SECURITY)
                .and().haveRawReturnType(boolean.class)
                .should().haveNameMatching(ROLE_FLAGS)
                .because("an \"is staff\" question is a rule copied from the access policy; ask viewerCan instead");
    }

    @Test
    void no_class_outside_security_reads_the_token_or_the_callers_grants() {
        noTokenOrGrantTypes().check(portal);
    }

    @Test
    void no_class_outside_security_checks_roles_or_scopes() {
        noGrantChecks().check(portal);
    }

    @Test
    void only_the_partner_directory_reads_partner_types_as_data_of_the_listed_partners() {
        partnerTypesOnlyAsDirectoryData().check(portal);
    }

    @Test
    void no_class_outside_security_keeps_a_flag_for_a_role_or_a_partner_type() {
        noRoleFlags().check(portal);
        noRoleQuestions().check(portal);
    }

    @Test
    void every_view_opens_for_an_area_or_is_the_anonymous_sign_in_failure() {
        classes().that().areAnnotatedWith(Route.class)
                .and().areNotAnnotatedWith(AnonymousAllowed.class)
                .should(openForAreasOnly())
                .check(portal);
    }

    private static ArchCondition<JavaClass> openForAreasOnly() {
        return new ArchCondition<>("be annotated @RolesAllowed(Areas.X)") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                RolesAllowed allowed = view.reflect().getAnnotation(RolesAllowed.class);
                boolean areas = allowed != null && allowed.value().length > 0
                        && Arrays.stream(allowed.value()).map(Areas::areaOf).allMatch(Objects::nonNull);
                if (!areas) {
                    events.add(SimpleConditionEvent.violated(view, view.getName() + " does not open for an area"));
                }
            }
        };
    }

    @Test
    void the_rules_catch_a_view_helper_that_reads_the_callers_grants() {
        List<ArchRule> rules = List.of(noTokenOrGrantTypes(), noGrantChecks(), partnerTypesOnlyAsDirectoryData(),
                noRoleFlags(), noRoleQuestions());
        for (ArchRule rule : rules) {
            assertThat(rule.evaluate(fixture).hasViolation()).as(rule.getDescription()).isTrue();
        }
    }
}
