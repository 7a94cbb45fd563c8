package io.ledgerlint.report.web;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;

/**
 * The language a page is shown in: {@code ?lang=en|zh}, else the {@code lang} cookie a previous choice left, else
 * Chinese. A choice made by the query parameter is remembered in the cookie.
 *
 * @param code       {@code zh} or {@code en}
 * @param toggleHref this page in the other language
 * @param chosen     true when the query parameter chose it (the cookie is then set)
 */
public record UiLanguage(String code, String toggleHref, boolean chosen) {

    static final String COOKIE = "lang";
    private static final String CHINESE = "zh";
    private static final String ENGLISH = "en";

    static UiLanguage of(String parameter, String cookie, UriInfo uri) {
        boolean chosen = isKnown(parameter);
        String code = chosen ? parameter : isKnown(cookie) ? cookie : CHINESE;
        String other = CHINESE.equals(code) ? ENGLISH : CHINESE;
        // Path and query only, so the link stays on this site whatever Host header the request came with.
        URI toggle = uri.getRequestUriBuilder().replaceQueryParam("lang", other).build();
        String href = toggle.getRawQuery() == null ? toggle.getRawPath() : toggle.getRawPath() + "?" + toggle.getRawQuery();
        return new UiLanguage(code, href, chosen);
    }

    Locale locale() {
        return Locale.forLanguageTag(code);
    }

    NewCookie cookie() {
        return new NewCookie.Builder(COOKIE).value(code).path("/").maxAge(365 * 24 * 3600).httpOnly(true).build();
    }

    private static boolean isKnown(String code) {
        return CHINESE.equals(code) || ENGLISH.equals(code);
    }
}
