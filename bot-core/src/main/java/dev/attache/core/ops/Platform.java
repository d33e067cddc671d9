package dev.attache.core.ops;

/** Where a request comes from. */
public enum Platform { CONSOLE, CLI, TELEGRAM, DISCORD }
