namespace Isnad.Entities.Tagger;

/// <summary>Chooses the <see cref="NerModel.OutsideBias"/> with the best micro F1 on dev data (never on test data).</summary>
internal static class OutsideBiasTuner
{
    public static float Tune(NerModel model, IReadOnlyList<TaggedSentence> dev, out double bestF1)
    {
        var best = 0f;
        bestF1 = -1;
        for (var step = 0; step <= 60; step++)
        {
            var bias = -0.5f * step;
            var f1 = Score(model.WithOutsideBias(bias), dev);
            if (f1 > bestF1 + 1e-9)
            {
                bestF1 = f1;
                best = bias;
            }
        }

        return best;
    }

    private static double Score(NerModel model, IReadOnlyList<TaggedSentence> sentences)
    {
        var scores = new EntityScores();
        foreach (var sentence in sentences)
        {
            var predicted = new byte[sentence.Words.Length];
            model.Tag(sentence.Words, predicted);
            scores.Add(sentence.Tags, predicted);
        }

        return scores.Micro.F1;
    }
}
