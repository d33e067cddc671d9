package dev.attache.app;

/** The {@code attache} command line. */
public final class Main {
    public static void main(String[] args) {
    }
}
