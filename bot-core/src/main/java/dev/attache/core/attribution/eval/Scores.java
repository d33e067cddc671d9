package dev.attache.core.attribution.eval;

/** Counts of a precision/recall evaluation: true positives, system items and gold items. */
public record Scores(int truePositives, int system, int gold) {

    public double precision() {
        return system == 0 ? 0 : (double) truePositives / system;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Scores plus(Scores o) {
        return new Scores(truePositives + o.truePositives, system + o.system, gold + o.gold);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d, system=%d, gold=%d)",
                precision(), recall(), f1(), truePositives, system, gold);
    }
}
