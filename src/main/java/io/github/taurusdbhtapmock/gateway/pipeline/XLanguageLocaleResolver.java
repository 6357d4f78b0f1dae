package io.github.taurusdbhtapmock.gateway.pipeline;

import io.github.taurusdbhtapmock.platform.web.ApiLanguage;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Selects the language of messages from X-Language, so MessageSource and Bean Validation
 * follow it.
 */
public class XLanguageLocaleResolver implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return ApiLanguage.fromHeader(request.getHeader(ApiLanguage.HEADER)).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language is chosen per request with the X-Language header");
	}

}
