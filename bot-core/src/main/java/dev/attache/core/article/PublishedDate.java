package dev.attache.core.article;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date at the precision the source gave it: a year, a month or a day, or unknown.
 * {@link #toString()} prints it back at that precision ({@code 2016}, {@code 2022-11}, {@code 2022-11-27}).
 */
public record PublishedDate(LocalDate date, Precision precision) implements Comparable<PublishedDate> {

    public enum Precision { UNKNOWN, YEAR, MONTH, DAY }

    private static final PublishedDate UNKNOWN = new PublishedDate(LocalDate.MIN, Precision.UNKNOWN);
    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public static PublishedDate unknown() {
        return UNKNOWN;
    }

    public static PublishedDate ofDay(LocalDate day) {
        return new PublishedDate(day, Precision.DAY);
    }

    /**
     * Reads an ISO 8601 date or timestamp at whatever precision it has ({@code 2016},
     * {@code 2022-11}, {@code 2022-11-27}, {@code 2022-11-27T10:00:00Z}); anything else is unknown.
     */
    public static PublishedDate parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        Matcher m = ISO_PREFIX.matcher(text.strip());
        if (!m.find()) {
            return UNKNOWN;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new PublishedDate(LocalDate.of(year, 1, 1), Precision.YEAR);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new PublishedDate(LocalDate.of(year, month, 1), Precision.MONTH);
            }
            return new PublishedDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), Precision.DAY);
        } catch (DateTimeException e) {
            return UNKNOWN;
        }
    }

    public boolean isKnown() {
        return precision != Precision.UNKNOWN;
    }

    /** The date as an Optional, empty when unknown. */
    public Optional<LocalDate> day() {
        return isKnown() ? Optional.of(date) : Optional.empty();
    }

    @Override
    public int compareTo(PublishedDate other) {
        return date.compareTo(other.date);
    }

    @Override
    public String toString() {
        return switch (precision) {
            case UNKNOWN -> "";
            case YEAR -> String.format("%04d", date.getYear());
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case DAY -> date.toString();
        };
    }
}
