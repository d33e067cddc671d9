package dev.attache.app.bench;

import dev.attache.core.search.eval.Latencies;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.answer.Question;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code attache ask} in a separate JVM with a given heap, reading questions on stdin and
 * answering one JSON line each: measures process start to first answer, the latency of further
 * answers at that heap, and the process's peak RSS. The child runs the same JVM and class path
 * as this process.
 */
public final class ChildServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChildServer() {
    }

    /** What one child run showed; {@code ok} is false when it failed (for example out of memory). */
    public record Run(int heapMb, boolean ok, long startToFirstAnswerNanos, Latencies latency, long peakRssKb,
                      String failure) {
    }

    /**
     * The launcher's class data sharing archive beside its jar, when this process runs from that jar (not from the
     * build's classes, as in tests); the file may not exist yet.
     */
    public static Optional<Path> launcherArchive() {
        String classPath = System.getProperty("java.class.path");
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return Optional.empty();
        }
        return Optional.of(Path.of(classPath).toAbsolutePath().resolveSibling("attache.jsa"));
    }

    public static Run run(Path dataDir, int heapMb, List<Question> questions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // the heap's size and what the launcher derives from it (the young generation's bound) are the child's own,
            // and so is the class data sharing the launcher gives "ask" (below)
            if (!arg.startsWith("-Xmx") && !arg.startsWith("-Xms") && !arg.startsWith("-XX:StartFlightRecording")
                    && !arg.startsWith("-XX:MaxRAM") && !arg.startsWith("-XX:MaxNewSize")
                    && !arg.startsWith("-XX:SharedArchiveFile") && !arg.equals("-XX:+AutoCreateSharedArchive")) {
                command.add(arg);
            }
        }
        command.add("-Xmx" + heapMb + "m");
        String classPath = System.getProperty("java.class.path");
        Optional<Path> archive = launcherArchive();
        if (archive.isPresent()) {
            // As the launcher runs "ask": from the jar, writing its class data sharing archive on the first start
            // after a build and mapping it on every later one.
            command.add("-XX:+AutoCreateSharedArchive");
            command.add("-XX:SharedArchiveFile=" + archive.get());
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add("dev.attache.app.Main");
        }
        command.add("ask");
        command.add("--data");
        command.add(dataDir.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process p = pb.start();
        Latencies latency = new Latencies();
        long first = 0;
        long rss = 0;
        String failure = "";
        boolean ok = true;
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8));
             BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                long t0 = System.nanoTime();
                out.write(JSON.createObjectNode().put("question", q.text()).put("as_of", q.asOf().toString()).toString());
                out.write('\n');
                out.flush();
                String line = in.readLine();
                // The JVM may write warnings (for example about its class data sharing archive) to stdout.
                while (line != null && !line.startsWith("{")) {
                    line = in.readLine();
                }
                long t1 = System.nanoTime();
                if (line == null) {
                    ok = false;
                    failure = "the process ended after " + i + " answers";
                    break;
                }
                if (line.contains("\"status\":\"error\"")) {
                    ok = false;
                    failure = "error answer: " + line;
                    break;
                }
                if (i == 0) {
                    first = t1 - start;
                } else {
                    latency.add(t1 - t0);
                }
            }
            rss = peakRssKb(p.pid());
        } catch (IOException e) {
            ok = false;
            failure = e.toString();
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (ok && p.exitValue() != 0) {
            ok = false;
            failure = "exit code " + p.exitValue();
        }
        return new Run(heapMb, ok, first, latency, rss, failure);
    }

    /** VmHWM of a live process (Linux), in kB; 0 where unknown. */
    public static long peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
