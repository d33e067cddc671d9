package dev.attache.core.attribution.eval;

import dev.attache.core.attribution.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the PolNeAR flavour of brat standoff: {@code T} lines hold typed spans ("Source", "Cue",
 * "Content", possibly discontinuous as {@code 10 20;25 40}), {@code E} lines group them into an
 * attribution ({@code Attribution:T4 Content:T3 Cue:T2 Source:T1}, or "Attribution-no-source").
 * A span's text may contain line breaks, so lines that do not start an annotation are skipped.
 */
public final class BratAnnotations {

    private static final Pattern ANNOTATION_LINE = Pattern.compile("^[TERAN#*]\\d*\t");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private BratAnnotations() {
    }

    public static List<GoldAttribution> read(Path annFile) throws IOException {
        return parse(Files.readString(annFile, StandardCharsets.UTF_8));
    }

    /** Parses the content of an {@code .ann} file; malformed lines are skipped. */
    public static List<GoldAttribution> parse(String ann) {
        Map<String, List<Span>> spans = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            if (!ANNOTATION_LINE.matcher(line).lookingAt()) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            if (parts.length < 2) {
                continue;
            }
            if (line.charAt(0) == 'T') {
                String spec = parts[1];
                int sp = spec.indexOf(' ');
                if (sp < 0) {
                    continue;
                }
                List<Span> segs = new ArrayList<>();
                try {
                    for (String seg : spec.substring(sp + 1).split(";")) {
                        String[] se = WHITESPACE.split(seg.strip());
                        segs.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                    }
                } catch (RuntimeException e) {
                    continue;
                }
                spans.put(parts[0], segs);
                types.put(parts[0], spec.substring(0, sp));
            } else if (line.charAt(0) == 'E') {
                events.add(WHITESPACE.split(parts[1].strip()));
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String[] args : events) {
            List<Span> content = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            for (String arg : args) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = arg.substring(0, colon).replaceAll("\\d+$", "");
                List<Span> segs = spans.get(arg.substring(colon + 1));
                if (segs == null) {
                    continue;
                }
                switch (role) {
                    case "Content" -> content.addAll(segs);
                    case "Source" -> source.addAll(segs);
                    case "Cue" -> cue.addAll(segs);
                    default -> {
                    }
                }
            }
            if (!content.isEmpty()) {
                content.sort(java.util.Comparator.comparingInt(Span::start));
                out.add(new GoldAttribution(content, source, cue));
            }
        }
        return out;
    }
}
