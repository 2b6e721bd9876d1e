package io.canale.identity;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The sign-in page, in Italian or English: the browser's language first, {@code ?lang=} to switch. */
@Controller
class LoginPageController {

    /** {@code wait}: seconds a throttled sign-in must wait (see {@link SignInThrottle}); shown in minutes from two on. */
    @GetMapping("/login")
    String login(@RequestParam(name = "wait", required = false) String wait, Model model) {
        long seconds = parseSeconds(wait);
        if (seconds > 0) {
            model.addAttribute("waitSeconds", seconds < 120 ? seconds : null);
            model.addAttribute("waitMinutes", seconds < 120 ? null : (seconds + 59) / 60);
        }
        return "login";
    }

    /** The second factor: ask for a one-time code by mail, then confirm it (see {@link SecondFactor}). */
    @GetMapping(SecondFactor.CODE_PAGE)
    String code() {
        return "code";
    }

    private static long parseSeconds(String wait) {
        try {
            return wait == null ? 0 : Math.max(0, Long.parseLong(wait));
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PageLocales implements WebMvcConfigurer {

        static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.ITALIAN);

        @Bean
        LocaleResolver localeResolver() {
            CookieLocaleResolver resolver = new CookieLocaleResolver("canale-lang");
            AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
            browser.setSupportedLocales(SUPPORTED);
            browser.setDefaultLocale(Locale.ENGLISH);
            resolver.setDefaultLocaleFunction(browser::resolveLocale);
            return resolver;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
            interceptor.setParamName("lang");
            // Only the pages with a language switch: it reads request parameters, which on any other endpoint
            // would make the container parse an upload before the endpoint has decided whether to take it.
            registry.addInterceptor(interceptor).addPathPatterns("/login", SecondFactor.CODE_PAGE, "/invitation");
        }
    }
}
