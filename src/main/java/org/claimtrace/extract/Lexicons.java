package org.claimtrace.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtrace.util.Resources;

/**
 * Every word list of the extract stage, read once from {@code lexicons.txt}: the rules' cue
 * lexicons (@NAME in rules.tsv) and the lists the builders and argument readers consult. The
 * constants below are the lists code reads; a list the file lacks fails when this class loads
 * (the rule book loads it first), never on an article.
 */
public final class Lexicons {
    private static final Map<String, String> LINES = parse(Resources.lines(Lexicons.class, "lexicons.txt"));
    private static final Map<String, Set<String>> SETS = new HashMap<>();

    static {
        LINES.forEach((k, v) -> SETS.put(k, Set.of(v.split("\\|"))));
    }

    private Lexicons() {}

    /** The list called {@code name}; fails when lexicons.txt has none. */
    public static Set<String> get(String name) {
        Set<String> s = SETS.get(name);
        if (s == null) throw new IllegalStateException("lexicons.txt has no list " + name);
        return s;
    }

    /** Each list as its alternatives ("a|b|c"), for expanding @NAME in rules. */
    static Map<String, String> alternatives() {
        return LINES;
    }

    static boolean has(String list, String word) {
        return get(list).contains(word);
    }

    public static final Set<String> EVENT = get("EVENT");
    public static final Set<String> SAY = get("SAY");
    static final Set<String> PERPETRATE = get("PERPETRATE");
    static final Set<String> HABITUAL = get("HABITUAL");
    static final Set<String> SUSPICION_NOUNS = get("SUSPICION_NOUNS");
    static final Set<String> STRIKE_VERB = get("STRIKE_VERB");
    static final Set<String> OWN_ACT = get("OWN_ACT");
    static final Set<String> BLAMED_OWN_ACT = get("BLAMED_OWN_ACT");
    static final Set<String> DENY_VERBS = get("DENY_VERBS");
    static final Set<String> SECURITY_FORCES = get("SECURITY_FORCES");
    static final Set<String> FOES = get("FOES");
    static final Set<String> BACKED = get("BACKED");
    static final Set<String> INVOLVEMENT = get("INVOLVEMENT");
    static final Set<String> CLAIM_VERB = get("CLAIM_VERB");
    static final Set<String> MEMBER = get("MEMBER");
    static final Set<String> SELF_PRONOUNS = get("SELF_PRONOUNS");
    static final Set<String> SPOKESPEOPLE = get("SPOKESPEOPLE");
    static final Set<String> ISSUED_DOCUMENTS = get("ISSUED_DOCUMENTS");
    static final Set<String> CITING = get("CITING");
    static final Set<String> STATE_BODY_HEADS = get("STATE_BODY_HEADS");
    static final Set<String> PRESS_ROLES = get("PRESS_ROLES");
    static final Set<String> COUNTRY_NOUNS = get("COUNTRY_NOUNS");
    static final Set<String> PLATFORMS = get("PLATFORMS");
    static final Set<String> SOURCE_NOUNS = get("SOURCE_NOUNS");
    static final Set<String> SUSPECTED = get("SUSPECTED");
    static final Set<String> LINKED = get("LINKED");
    static final Set<String> INSTIGATION = get("INSTIGATION");
    static final Set<String> CYBER_ACT = get("CYBER_ACT");
    static final Set<String> CIRCULATE = get("CIRCULATE");
    static final Set<String> MEDIA_NOUNS = get("MEDIA_NOUNS");
    static final Set<String> NEWS_AGENCY_WORDS = get("NEWS_AGENCY_WORDS");
    static final Set<String> RUN_BY = get("RUN_BY");
    static final Set<String> VAGUE_MEDIA = get("VAGUE_MEDIA");
    static final Set<String> FIRST_PERSON = get("FIRST_PERSON");
    static final Set<String> BLAME_WORDS = get("BLAME_WORDS");
    static final Set<String> RELAY_VERBS = get("RELAY");
    static final Set<String> RELAYED = get("RELAYED");
    static final Set<String> INTERVIEW_VERBS = get("INTERVIEW_VERBS");
    static final Set<String> HEDGES = get("HEDGES");
    static final Set<String> DOUBTS = get("DOUBTS");
    static final Set<String> ACTOR_RELAY = get("ACTOR_RELAY");
    static final Set<String> NEGATIONS = get("NEGATIONS");
    static final Set<String> NOBODY = get("NOBODY");
    static final Set<String> CHANNEL_PREPOSITIONS = get("CHANNEL_PREPOSITIONS");
    static final Set<String> DEATH_WORDS = get("DEATH_WORDS");
    static final Set<String> INJURY_WORDS = get("INJURY_WORDS");
    static final Set<String> PERSON_PRONOUNS = get("PERSON_PRONOUNS");
    static final Set<String> GROUP_PRONOUNS = get("GROUP_PRONOUNS");
    static final Set<String> GROUP_NOUNS = get("GROUP_NOUNS");
    static final Set<String> PERSON_NOUNS = get("PERSON_NOUNS");
    static final Set<String> DESCRIBED_PEOPLE = get("DESCRIBED_PEOPLE");
    static final Set<String> NAMED_BODIES = get("NAMED_BODIES");
    static final Set<String> SELF_NAMING = get("SELF_NAMING");
    static final Set<String> NAMED_AS = get("NAMED_AS");
    static final Set<String> BRANCHES = get("BRANCHES");
    static final Set<String> PIECES = get("PIECES");
    static final Set<String> INSTITUTIONS = get("INSTITUTIONS");
    static final Set<String> MEMBERS = get("MEMBERS");
    static final Set<String> TIME_WORDS = get("TIME_WORDS");
    static final Set<String> QUALIFIERS = get("QUALIFIERS");
    static final Set<String> STATE_NOUNS = get("STATE_NOUNS");
    static final Set<String> OUTLET_HEADS = get("OUTLET_HEADS");
    static final Set<String> MASTHEAD_WORDS = get("MASTHEAD_WORDS");
    static final Set<String> OUTLET_NAME_WORDS = get("OUTLET_NAME_WORDS");
    static final Set<String> VAGUE_EVENTS = get("VAGUE_EVENTS");
    static final Set<String> NOT_AN_EVENT = get("NOT_AN_EVENT");

    private static Map<String, String> parse(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq < 0) throw new IllegalStateException("lexicons.txt:" + (n + 1) + ": expected NAME = word|word|...");
            String name = line.substring(0, eq).strip();
            if (out.put(name, line.substring(eq + 1).strip()) != null) {
                throw new IllegalStateException("lexicons.txt:" + (n + 1) + ": list " + name + " defined twice");
            }
        }
        return out;
    }
}
