package org.claimtrace.extract.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimtrace.util.Resources;

/**
 * What the attribution layer learned, loaded together: the cue lexicon and cue weights, and the
 * source weights. Shipped as text resources beside this class; {@code polnear train} rebuilds them.
 */
public record AttributionModels(CueModel cues, SourceModel sources, LinearModel acceptor) {
    public static final String CUE_LEXICON = "cue-lexicon.tsv";
    public static final String CUE_WEIGHTS = "cue-weights.tsv";
    public static final String SOURCE_WEIGHTS = "source-weights.tsv";
    public static final String ACCEPTOR_WEIGHTS = "acceptor-weights.tsv";
    public static final List<String> FILES = List.of(CUE_LEXICON, CUE_WEIGHTS, SOURCE_WEIGHTS, ACCEPTOR_WEIGHTS);

    /** An acceptor that takes every attribution (probability 1): the layer before the acceptor was learned. */
    public static final LinearModel ACCEPT_ALL = new LinearModel(java.util.Map.of("bias", 50.0), 0.5);

    /** The models shipped in the jar. */
    public static AttributionModels load() {
        return of(name -> Resources.lines(AttributionModels.class, name));
    }

    /** Models in a folder, as {@code polnear train --out} writes them. */
    public static AttributionModels load(Path dir) {
        return of(name -> {
            try {
                return Files.readAllLines(dir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir.resolve(name), e);
            }
        });
    }

    private static AttributionModels of(java.util.function.Function<String, List<String>> read) {
        CueModel cues = new CueModel(LinearModel.parse(read.apply(CUE_WEIGHTS)), CueModel.parseLexicon(read.apply(CUE_LEXICON)));
        return new AttributionModels(cues, new SourceModel(LinearModel.parse(read.apply(SOURCE_WEIGHTS))),
                LinearModel.parse(read.apply(ACCEPTOR_WEIGHTS)));
    }

    public AttributionModels withCueThreshold(double t) {
        return new AttributionModels(cues.withThreshold(t), sources, acceptor);
    }

    public AttributionModels withAcceptor(LinearModel a) {
        return new AttributionModels(cues, sources, a);
    }
}
