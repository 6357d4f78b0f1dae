package io.github.taurusdbhtapmock.platform.web;

import java.util.Locale;

/**
 * The languages the X-Language header selects. Unknown or absent values fall back to
 * en-us, the documented default, rather than failing the request: the real API treats the
 * header as optional.
 */
public enum ApiLanguage {

	EN_US("en-us", Locale.US), ZH_CN("zh-cn", Locale.SIMPLIFIED_CHINESE);

	public static final String HEADER = "X-Language";

	private final String headerValue;

	private final Locale locale;

	ApiLanguage(String headerValue, Locale locale) {
		this.headerValue = headerValue;
		this.locale = locale;
	}

	public String headerValue() {
		return this.headerValue;
	}

	public Locale locale() {
		return this.locale;
	}

	public static ApiLanguage fromHeader(String value) {
		if (value != null) {
			String trimmed = value.trim();
			for (ApiLanguage language : values()) {
				if (language.headerValue.equalsIgnoreCase(trimmed)) {
					return language;
				}
			}
		}
		return EN_US;
	}

}
