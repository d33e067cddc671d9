package dev.attache.app.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real JVM running a main class of the application (by default {@code dev.attache.app.Main}) on
 * the test's own class path, with the test's own {@code java}: stdout and stderr are collected
 * line by line while it runs, so a test can wait for a line, then kill it or stop it.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final Thread outPump;
    private final Thread errPump;

    private AppProcess(Process process) {
        this.process = process;
        this.outPump = pump(process.getInputStream(), out, "out");
        this.errPump = pump(process.getErrorStream(), err, "err");
    }

    static AppProcess start(Map<String, String> env, List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("--add-modules");
        command.add("jdk.incubator.vector");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("ATTACHE_") || k.startsWith("TELEGRAM_")
                || k.startsWith("DISCORD_"));
        builder.environment().putAll(env);
        try {
            return new AppProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AppProcess attache(Map<String, String> env, String... args) {
        return start(env, List.of(), "dev.attache.app.Main", args);
    }

    /** The {@code java} running this test, so the child has the same JDK. */
    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Thread pump(InputStream in, List<String> sink, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    sink.add(line);
                }
            } catch (IOException e) {
                // the process died: what was read is what there is
            }
        }, "app-process-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until a stdout or stderr line matches; false if the process ended or the time ran out first. */
    boolean awaitLine(Predicate<String> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (out.stream().anyMatch(match) || err.stream().anyMatch(match)) {
                return true;
            }
            if (!process.isAlive()) {
                drain();
                return out.stream().anyMatch(match) || err.stream().anyMatch(match);
            }
            Thread.sleep(5);
        }
        return false;
    }

    /**
     * SIGKILL: no shutdown hooks, no flush, no commit. Sent through the process handle:
     * {@code Process.destroy*} would also close our ends of its pipes, losing what it printed last.
     */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor();
        drain();
    }

    /** SIGTERM; returns the exit code, or -1 if the process did not end within {@code timeout}. */
    int terminate(Duration timeout) throws InterruptedException {
        process.toHandle().destroy(); // not Process.destroy(): that closes the pipes the process still writes to

        return waitFor(timeout);
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return -1;
        }
        drain();
        return process.exitValue();
    }

    private void drain() throws InterruptedException {
        outPump.join(5_000);
        errPump.join(5_000);
    }

    /** A snapshot of stdout so far. */
    List<String> out() {
        return List.copyOf(out);
    }

    List<String> err() {
        return List.copyOf(err);
    }

    String transcript() {
        return "stdout:\n  " + String.join("\n  ", out) + "\nstderr:\n  " + String.join("\n  ", err);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
