package dev.attache.app.reliability;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.nio.file.Path;

/**
 * A test program for the crash harness: adds generated articles one by one through
 * {@link Attache#add}, as an operator does, and prints {@code ACK id} the moment each add has
 * returned (that is, was acknowledged). Arguments: data directory, series name, first number, count.
 */
public final class AckingAdder {

    private AckingAdder() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String series = args[1];
        int first = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        try (Attache attache = Attache.open(AttacheConfig.at(data))) {
            System.out.println("READY");
            System.out.flush();
            Caller operator = Caller.local(Platform.CLI);
            for (int n = first; n < first + count; n++) {
                AddOutcome outcome = attache.add(operator, new AddRequest.FromText(GeneratedArticles.text(series, n)));
                String line = switch (outcome) {
                    case AddOutcome.Added a -> "ACK " + a.article().id();
                    case AddOutcome.Duplicate d -> "ACK " + d.existingId();
                    case AddOutcome.Rejected r -> "REJECTED " + r.reason();
                    case AddOutcome.Denied d -> "DENIED";
                };
                System.out.println(line);
                System.out.flush();
            }
        }
        System.out.println("DONE");
    }
}
