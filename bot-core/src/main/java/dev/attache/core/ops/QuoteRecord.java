package dev.attache.core.ops;

import dev.attache.core.answer.Source;
import dev.attache.core.attribution.Speaker;

/** What a person is quoted as saying in one article, for {@code /who}. */
public record QuoteRecord(Speaker speaker, String text, boolean direct, Source source) {
}
