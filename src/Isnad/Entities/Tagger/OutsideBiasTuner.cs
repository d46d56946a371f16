namespace Isnad.Entities.Tagger;

/// <summary>Chooses the <see cref="NerModel.OutsideBias"/> with the best micro F1 on dev data (never on test data).</summary>
internal static class OutsideBiasTuner
{
    public static float Tune(NerModel model, IReadOnlyList<TaggedSentence> dev, out double bestF1) => Tune(model, dev, null, out bestF1);

    /// <param name="cues">Document cues per dev sentence when <paramref name="model"/> is a document stage.</param>
    public static float Tune(NerModel model, IReadOnlyList<TaggedSentence> dev, IReadOnlyList<uint[]>? cues, out double bestF1)
    {
        var best = 0f;
        bestF1 = -1;
        for (var step = 0; step <= 60; step++)
        {
            var bias = step == 0 ? 0f : -0.5f * step;
            var f1 = Score(model.WithOutsideBias(bias), dev, cues);
            if (f1 > bestF1 + 1e-9)
            {
                bestF1 = f1;
                best = bias;
            }
        }

        return best;
    }

    private static double Score(NerModel model, IReadOnlyList<TaggedSentence> sentences, IReadOnlyList<uint[]>? cues)
    {
        var scores = new EntityScores();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var predicted = new byte[sentence.Words.Length];
            model.Tag(sentence.Words, cues is null ? default : cues[s], predicted);
            scores.Add(sentence.Tags, predicted);
        }

        return scores.Micro.F1;
    }
}
