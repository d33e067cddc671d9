package dev.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher's JDK probe ({@code java_major} in {@code ./attache}), run by bash on the JDK running
 * this test: it must read the version whatever JVM options the user's environment sets, since the
 * JVM announces those options before its version line, and refuses to start on one it lacks.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("..", "attache").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"", "-Xmx1g", "--no-such-jvm-option"})
    void theProbeReadsTheVersionWhateverJvmOptionsTheEnvironmentSets(String options) throws Exception {
        String probe = functionOf("java_major") + "\njava_major \"$1\"\n";
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", probe, "probe", javaExecutable())
                .redirectErrorStream(true);
        Map<String, String> env = bash.environment();
        env.put("JDK_JAVA_OPTIONS", options);
        env.put("JAVA_TOOL_OPTIONS", options);
        env.put("_JAVA_OPTIONS", options);
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).isEqualTo(String.valueOf(Runtime.version().feature()));
    }

    /** The text of one shell function of the launcher, from its name to its closing brace. */
    private static String functionOf(String name) throws IOException {
        List<String> lines = Files.readAllLines(LAUNCHER, StandardCharsets.UTF_8);
        int start = lines.indexOf(name + "() {");
        assertThat(start).as("%s in %s", name, LAUNCHER).isNotNegative();
        int end = lines.subList(start, lines.size()).indexOf("}") + start;
        return String.join("\n", lines.subList(start, end + 1));
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
