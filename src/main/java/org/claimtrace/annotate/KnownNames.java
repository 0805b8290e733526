package org.claimtrace.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The curated gazetteer of the actors news of attacks is about (gazetteer/*.tsv: armed groups, state
 * bodies, threat actors, news outlets and platforms), each entry with its type, aliases, parent
 * and source; and the names that are no party (malware, peoples). Names are indexed by their
 * first word, so finding them costs one map look-up per token: the same work as CoreNLP's
 * regexner, without a second NER pass.
 */
public final class KnownNames {
    /** The gazetteer files, in the order they are read (a name listed twice keeps its first entry). */
    public static final List<String> FILES = List.of("armed-groups.tsv", "state-bodies.tsv", "threat-actors.tsv",
            "news-outlets.tsv", "countries.tsv");

    /**
     * One known thing. {@code file} is the gazetteer file, {@code source} its source column.
     *
     * @param partOf the name of the entry it is a branch, affiliate or outlet of (for an outlet: its
     *               country, or the group it speaks for), or null
     */
    public record Entry(String name, EntityType type, List<String> aliases, String partOf, String source, String file) {
        /** The entry's id: its name as a slug ("al-shabaab", "lashkar-e-taiba"). */
        public String id() {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        }
    }

    /** A name found in a sentence: tokens [begin, end). */
    public record Match(Entry entry, String name, int begin, int end) {}

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Entry> entries;
    /** First word of a name (as written, before any space) to the names starting with it, longest first. */
    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    private final Set<String> malware = new HashSet<>();
    private final Set<String> peoples = new HashSet<>();

    private record Name(String text, Entry entry) {}

    private KnownNames(List<Entry> entries, Set<String> malware, Set<String> peoples) {
        this.entries = List.copyOf(entries);
        this.malware.addAll(malware);
        this.peoples.addAll(peoples);
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            List<String> names = new ArrayList<>();
            names.add(e.name());
            names.addAll(e.aliases());
            for (String n : List.copyOf(names)) {
                // "The Daily Star" is also written "the Daily Star" and "Daily Star"; "Sandworm Team" is "Sandworm".
                if (n.startsWith("The ")) names.add(n.substring(4));
                // "ISIS-K" is also written "ISIS K", "Lashkar-e-Taiba" "Lashkar e Taiba".
                if (n.contains("-")) names.add(n.replace('-', ' '));
                if (e.file().equals("threat-actors.tsv") && n.equals(e.name()) && n.matches("\\S+ (Team|Group)")) {
                    names.add(n.substring(0, n.indexOf(' ')));
                }
            }
            for (String n : names) {
                String text = SPACES.matcher(n.replaceAll("\\s*\\([^)]*\\)", "")).replaceAll(" ").strip();
                if (text.isEmpty() || !seen.add(text)) continue;
                byFirstWord.computeIfAbsent(text.split(" ")[0], k -> new ArrayList<>()).add(new Name(text, e));
            }
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Name n) -> -n.text().length())));
    }

    private static final class Shared {
        static final KnownNames INSTANCE = load();
    }

    /** The shipped gazetteer, read once per process. */
    public static KnownNames shared() {
        return Shared.INSTANCE;
    }

    private static KnownNames load() {
        List<Entry> entries = new ArrayList<>();
        for (String f : FILES) entries.addAll(parse(lines(f), f));
        entries.addAll(outletLexicon());
        Set<String> malware = new HashSet<>();
        for (String line : lines("malware.tsv")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            malware.add(c[0].strip());
            if (c.length > 1) for (String a : c[1].split("\\|")) if (!a.isBlank()) malware.add(a.strip());
        }
        Set<String> peoples = new HashSet<>();
        for (String line : lines("people-groups.txt")) if (!line.isBlank() && !line.startsWith("#")) peoples.add(line.strip());
        return new KnownNames(entries, malware, peoples);
    }

    /**
     * The outlets and platforms of outlets.tsv (MediaOutletTyper's lexicon), so that an outlet's
     * edition ("BBC Urdu") is known as one; names that count only after "on" are left to it.
     */
    private static List<Entry> outletLexicon() {
        List<Entry> out = new ArrayList<>();
        for (String line : org.claimtrace.util.Resources.lines(KnownNames.class, "outlets.tsv")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length > 3 && c[3].strip().equals("after-on")) continue;
            List<String> aliases = new ArrayList<>();
            if (c.length > 2) for (String a : c[2].split("\\|")) if (!a.isBlank()) aliases.add(a.strip());
            out.add(new Entry(c[0].strip(), EntityType.MEDIA_OUTLET, aliases, null, "outlets.tsv", "outlets.tsv"));
        }
        return out;
    }

    private static List<String> lines(String file) {
        return org.claimtrace.util.Resources.lines(KnownNames.class, "gazetteer/" + file);
    }

    /**
     * The entries of one gazetteer file: name, type, aliases (|), part of, source; '#' starts a
     * comment line. A malformed line fails with its file and line number.
     */
    public static List<Entry> parse(List<String> lines, String file) {
        List<Entry> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length < 5 || c[0].isBlank() || c[4].isBlank()) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected name, type, aliases, part of, source "
                        + "(5 tab-separated columns, name and source not empty), found " + c.length + " columns");
            }
            EntityType type;
            try {
                type = EntityType.valueOf(c[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": type must be one of "
                        + java.util.Arrays.toString(EntityType.values()) + ", not '" + c[1].strip() + "'");
            }
            List<String> aliases = new ArrayList<>();
            for (String a : c[2].split("\\|")) if (!a.isBlank()) aliases.add(a.strip());
            String part = c[3].strip();
            // news-outlets.tsv names a country or, for a group's own outlet, the group here.
            boolean none = part.isEmpty() || part.equals("platform") || part.equals("international");
            out.add(new Entry(c[0].strip(), type, aliases, none ? null : part, c[4].strip(), file));
        }
        return out;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry a name (or alias) exactly is, or null. */
    public Entry lookup(String name) {
        for (Name n : byFirstWord.getOrDefault(name.split(" ")[0], List.of())) if (n.text().equals(name)) return n.entry();
        return null;
    }

    /** Whether a name is a malware's (ATT&CK's software list). */
    public boolean isMalware(String name) {
        return malware.contains(name);
    }

    /** Whether a word names a people or community ("Baloch", "Fulani", "Shiite"), no party. */
    public boolean isPeople(String name) {
        return peoples.contains(name);
    }

    /**
     * The known names in a sentence, left to right, the longest at each token; a name matches
     * case-sensitively and must begin and end on token boundaries of the article text.
     */
    public List<Match> find(String text, List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Match best = null;
            // The first word of a name may be several tokens ("People's") or fewer than the text glues together ("JNIM,").
            int j = i;
            while (true) {
                List<Name> candidates = byFirstWord.get(text.substring(tokens.get(i).begin(), tokens.get(j).end()));
                for (Name n : candidates == null ? List.<Name>of() : candidates) {
                    int end = endOf(text, tokens, i, n.text());
                    if (end > 0 && (best == null || end > best.end())) {
                        best = new Match(n.entry(), text.substring(tokens.get(i).begin(), tokens.get(end - 1).end()), i, end);
                    }
                }
                if (j + 1 >= tokens.size() || tokens.get(j + 1).begin() != tokens.get(j).end()) break;
                j++;
            }
            if (best != null) {
                out.add(best);
                i = best.end() - 1;
            }
        }
        return out;
    }

    /** The token index just after {@code name} when the text at token i spells it (spaces collapsed), else -1. */
    private static int endOf(String text, List<Token> tokens, int i, String name) {
        int at = tokens.get(i).begin();
        int k = 0;
        while (k < name.length()) {
            if (at >= text.length()) return -1;
            char c = text.charAt(at);
            if (name.charAt(k) == ' ') {
                if (!Character.isWhitespace(c)) return -1;
                while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
                k++;
                continue;
            }
            if (c != name.charAt(k)) return -1;
            at++;
            k++;
        }
        for (int j = i; j < tokens.size(); j++) {
            if (tokens.get(j).end() == at) return j + 1;
            if (tokens.get(j).end() > at) return -1;
        }
        return -1;
    }
}
