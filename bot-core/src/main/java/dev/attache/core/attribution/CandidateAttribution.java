package dev.attache.core.attribution;

import java.util.Optional;

/**
 * An attribution under construction inside the extractor: content offsets in characters, source and cue in
 * tokens of a {@link TextModel}; the rules fill it, the boundary passes adjust it, the extractor resolves it.
 */
final class CandidateAttribution {
    int cs;
    int ce;
    int sf = -1;
    int st = -1;
    int cf = -1;
    int ct = -1;
    int sentence;
    int quotation = -1; // the (last) quotation its content is made of, or -1
    boolean authorSpeaks;
    boolean turn; // a speaker label's statement: reports inside it are the speaker's words, not its end
    boolean interrupted; // a quotation continued after its reporting clause: direct whatever lies between
    int strength = 1; // 3: "X said: “…”", 2: "“…,” X said", 1: otherwise; breaks ties between cues of one quote
    CandidateAttribution sourceOf;
    boolean nested; // a report opening another report's content: resolved, not returned (see NestedReports)
    CandidateAttribution within; // the report of the same sentence whose content holds this one's cue, outermost first
    Optional<Speaker> speaker = Optional.empty();

    int cueStart(TextModel m) {
        return cf >= 0 ? m.start[cf] : cs;
    }
}
