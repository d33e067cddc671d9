package dev.attache.core.attribution;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person (or an anonymous source) to whom words are attributed, as the article introduces them.
 * Unknown role or organization are empty strings.
 */
public record Speaker(String name, String role, String organization) {

    public Speaker {
        name = COURTESY_TITLE.matcher(oneLine(name)).replaceFirst("");
        role = NO_ROLE.matcher(oneLine(role)).matches() ? "" : PLURAL_TITLE.matcher(oneLine(role)).replaceAll("$1.");
        organization = oneLine(organization);
    }

    /** The words of a mention that a hard-wrapped text ran over a line break ("the\nspokesman"), on one line. */
    private static String oneLine(String s) {
        return s == null ? "" : WHITE_SPACE.matcher(s.strip()).replaceAll(" ");
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /**
     * What an appositive may hold that is no role on its own: an age ("Jo Hale, then 13,", "…, 59,"), a word that
     * opens a role the extraction cut off ("…, now …", "…, also …", "…, one of …", "…, former …") or a country's
     * abbreviation left of a post ("U.S." of "U.S. Magistrate" before the post was known).
     */
    private static final Pattern NO_ROLE = Pattern.compile("(?i)then|now|also|still|just|only|one|first|former|top|senior"
            + "|(?:(?:then|now|aged?) )?\\d+(?: years old)?|u\\.?s\\.?|u\\.?k\\.?");
    /** The plural title of a list ("Sens. Rand Paul and Mike Lee"), which each one's role holds in the singular. */
    private static final Pattern PLURAL_TITLE = Pattern.compile("\\b(Sen|Rep)s\\.");
    /**
     * "Mr. Nicolás Maduro Moros", a speech's author as the UN lists them: a name is shown without it, as news writes
     * ("Miss" stays: it is also a pageant's title, "Miss America Organization").
     */
    private static final Pattern COURTESY_TITLE = Pattern.compile("^(?i:mr|mrs|ms)\\.? (?=\\p{Lu})");

    /**
     * Whether the name is a proper name ("Vasiliy Kashin", "Reuters") rather than an unresolved
     * mention or an anonymous source ("the analyst", "officials").
     */
    public boolean isNamed() {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    /** Whether the speaker is a group, named by a plural noun ("Fed officials", "analysts"), not one person or body. */
    public boolean isGroup() {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return !last.isEmpty() && Character.isLowerCase(last.charAt(0)) && last.endsWith("s") && !last.endsWith("ss");
    }

    /**
     * "Name, role at Organization", or as much of it as is known; an organization of one word, or a name ending in a
     * plural as teams' and firms' do, goes before the role ("Name, Ukrainian member of parliament", "Name, Kremlin
     * spokesman", "Name, Cincinnati Bengals quarterback", "Name, Goldman Sachs analyst"), as the articles write it.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(name);
        if (!role.isEmpty() && !organization.isEmpty() && (!organization.contains(" ") || endsInAPluralName(organization))) {
            return sb.append(", ").append(organization).append(' ').append(role).toString();
        }
        if (!role.isEmpty()) {
            sb.append(", ").append(role);
        }
        if (!organization.isEmpty()) {
            sb.append(role.isEmpty() ? ", " : " at " + (takesThe(organization) ? "the " : "")).append(organization);
        }
        return sb.toString();
    }

    /**
     * "Cincinnati Bengals", "Goldman Sachs", "New York Times": capitalized words, the last a plural; not "the Chicago
     * Bears", "Human Rights Watch" nor "Ministry of Ports".
     */
    private static boolean endsInAPluralName(String organization) {
        String last = organization.substring(organization.lastIndexOf(' ') + 1);
        return Arrays.stream(organization.split(" ")).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))
                && !organization.startsWith("The ")
                && last.length() > 3 && Character.isUpperCase(last.codePointAt(0)) && last.endsWith("s")
                && !last.endsWith("ss") && !last.endsWith("'s") && !last.endsWith("’s")
                && !PUBLIC_BODIES.contains(last.substring(0, last.length() - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a body's name needs "the" after "at", as the articles wrote it before the name ("White House press
     * secretary" is the press secretary at the White House): a name of several words that ends in a word for a public
     * body ("National Security Council", "Interior Department"), not a possessive ("NASA's Goddard Space Flight
     * Center") or a name that has its own ("Fix the Court").
     */
    private static boolean takesThe(String organization) {
        String[] words = organization.split(" ");
        String first = words[0].toLowerCase(Locale.ROOT);
        return words.length >= 2 && !first.equals("the") && !first.equals("a") && !first.equals("an")
                && !organization.contains("'s") && !organization.contains("’s") && !organization.contains(" the ")
                && PUBLIC_BODIES.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    private static final Set<String> PUBLIC_BODIES = Set.of("house", "council", "department", "ministry", "committee",
            "commission", "agency", "senate", "administration", "office", "court", "assembly", "parliament", "union",
            "fund", "organization", "organisation", "federation", "board", "service", "bureau", "command", "cabinet",
            "authority", "secretariat", "center", "centre");

    /**
     * The speaker leading into a quote with its cue: "Name, role at Organization, told Sputnik" when a
     * role or organization is known (set off by commas), "Name said" otherwise; the cue may be empty.
     * A verb in its bare form agrees with the one speaker ("Hale and Kasp stress" → "Name stresses"; "telling
     * reporters" → "Name tells reporters"), its -ing form with a group ("…, adding" → "Fed officials add"), and
     * "according to" goes first ("According to Name, role").
     */
    public String introducing(String cue) {
        String described = describe();
        if (cue == null || cue.isBlank()) {
            return described;
        }
        if (isAccordingTo(cue)) {
            return "According to " + described; // "X according to:" reads wrong
        }
        String[] verbAndRest = cue.strip().split(" ", 2); // "telling reporters" → "tells reporters"
        String verb = isGroup() ? CueLexicon.forSeveralSpeakers(verbAndRest[0])
                : CueLexicon.forOneSpeaker(verbAndRest[0]);
        String agreeing = verbAndRest.length == 1 ? verb : verb + " " + verbAndRest[1];
        return described + (described.equals(name) ? " " : ", ") + agreeing;
    }

    /** Whether a cue is "according to", which goes before its source, not after. */
    public static boolean isAccordingTo(String cue) {
        return cue != null && cue.strip().equalsIgnoreCase("according to");
    }
}
