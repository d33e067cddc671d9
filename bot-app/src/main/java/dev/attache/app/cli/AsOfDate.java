package dev.attache.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The as-of date of a question, from {@code --as-of} or a JSON line's {@code as_of}: YYYY-MM-DD,
 * also with slashes, and the date part of a longer timestamp; anything else is refused with a
 * message that says how to write it.
 */
final class AsOfDate implements ITypeConverter<LocalDate> {

    static LocalDate parse(String value) {
        String date = value.strip();
        date = date.length() > 10 ? date.substring(0, 10) : date;
        try {
            return LocalDate.parse(date.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date; write it as YYYY-MM-DD", e);
        }
    }

    @Override
    public LocalDate convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
