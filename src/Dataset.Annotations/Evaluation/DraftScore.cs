using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Drafting;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Evaluation;

/// <summary>
/// How a gold statement fared in the draft of its article: overlapped by a drafted statement, and whether that one has the right speaker, act and form;
/// the two acts, so that a wrong one can be shown beside the right one.
/// </summary>
internal sealed record DraftedGold(
    string TextPath,
    string Statement,
    bool Overlapped,
    bool Speaker,
    bool Act,
    bool Form,
    string? DraftedAs,
    string GoldAct = "",
    string? DraftedAct = null,
    Drafting.Acts.ActSignals? Signals = null);

/// <summary>
/// How close drafts come to annotations taken as gold answers: each annotated article is drafted as if new (the
/// folder's other annotations and registry known, its own annotation not), and each gold statement counts as
/// overlapped when a drafted statement's evidence overlaps its evidence, with the right speaker when the drafted
/// speaker is the gold one (the same id, or a new actor with its name or an alias), and likewise act and form.
/// </summary>
internal sealed record DraftScore(
    int Articles,
    int Gold,
    int Drafted,
    int Overlapped,
    int RightSpeaker,
    int RightAct,
    int RightForm,
    IReadOnlyList<DraftedGold> Statements)
{
    public double OverlapShare => Gold == 0 ? 1 : (double)Overlapped / Gold;

    public double SpeakerShare => Overlapped == 0 ? 1 : (double)RightSpeaker / Overlapped;

    public double ActShare => Overlapped == 0 ? 1 : (double)RightAct / Overlapped;

    public double FormShare => Overlapped == 0 ? 1 : (double)RightForm / Overlapped;

    public static DraftScore Of(IReadOnlyList<KeyValuePair<string, string?>> files)
    {
        var articles = AnnotatedArticle.In(files);
        var names = articles.SelectMany(a => a.Annotation.Actors)
            .Concat(new FolderRun(files).Annotations.SelectMany(a => a.Actors))
            .GroupBy(a => a.Id.Value, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new HashSet<string>(g.SelectMany(a => a.Aliases.Prepend(a.Name)), StringComparer.OrdinalIgnoreCase),
                StringComparer.Ordinal);
        var results = new List<DraftedGold>();
        var drafted = 0;
        foreach (var article in articles)
        {
            var others = files.Where(f => !string.Equals(Paths.ArticlePaths.Normalize(f.Key), article.Annotation.Path, StringComparison.Ordinal)).ToList();
            var draft = FolderDrafts.Draft(new FolderRun(others).State, article.Text, article.Annotation.Document?.Published, annotationPath: null);
            drafted += draft.Statements.Count;
            var newActors = draft.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
            foreach (var gold in article.Statements)
            {
                bool RightSpeaker(DraftStatement s) =>
                    s.Speaker == gold.Speaker
                        || (newActors.TryGetValue(s.Speaker, out var name)
                            && names.TryGetValue(gold.Speaker, out var goldNames)
                            && goldNames.Any(g => SameName(g, name)));

                // Drafts that overlap alike ("China and Russia argued …" drafts one per party) are told apart by their speaker.
                var match = draft.Statements.Where(s => s.Range.Overlaps(gold.Evidence))
                    .OrderByDescending(s => Overlap(s, gold))
                    .ThenByDescending(RightSpeaker)
                    .FirstOrDefault();
                if (match is null)
                {
                    results.Add(new DraftedGold(article.TextPath, gold.Id, false, false, false, false, null, gold.Act));
                    continue;
                }

                var speaker = RightSpeaker(match);
                results.Add(new DraftedGold(
                    article.TextPath, gold.Id, true, speaker, match.Act == gold.Act, match.Form == gold.Form, match.Id, gold.Act, match.Act, match.Signals));
            }
        }

        return new DraftScore(
            articles.Count,
            results.Count,
            drafted,
            results.Count(r => r.Overlapped),
            results.Count(r => r.Speaker),
            results.Count(r => r.Act),
            results.Count(r => r.Form),
            results);
    }

    /// <summary>
    /// Whether a new actor's name names the gold actor: equal but for case, determiners and a possessive, or holding
    /// the gold name whole when that is a proper name, with words before or after it ("Veltron" drafted as "Chipmaker
    /// Veltron", "Сергей Ершов" as "Главный врач больницы Сергей Ершов"). A drafted name that holds only part of the gold
    /// one ("Ribeiro" for "Marcos Ribeiro", "Ассоциация" for the association's name) does not name it: the analyst
    /// would have to complete it.
    /// </summary>
    public static bool SameName(string gold, string drafted)
    {
        var a = NameWords(gold);
        var b = NameWords(drafted);
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        if (a.Count == b.Count && SameWords(a, b, 0))
        {
            return true;
        }

        return a.Count < b.Count && a.Any(w => char.IsUpper(w[0])) && Enumerable.Range(0, b.Count - a.Count + 1).Any(i => SameWords(a, b, i));
    }

    /// <summary>
    /// Whether <paramref name="words"/> stand in <paramref name="other"/> from <paramref name="at"/>, each word as a
    /// name's word is matched (<see cref="NameIndex.Same"/>: a Russian one in any of its cases) or equal but for case.
    /// </summary>
    private static bool SameWords(List<string> words, List<string> other, int at) =>
        words.Select((w, i) => string.Equals(w, other[at + i], StringComparison.OrdinalIgnoreCase) || NameIndex.Same(w, other[at + i])).All(same => same);

    private static List<string> NameWords(string name)
    {
        var words = Words.Split(name.Replace("\u2019s", string.Empty).Replace("'s", string.Empty))
            .Where(w => !w.Equals("the", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return words.Where((w, i) => !(i + 1 < words.Count && RegionKinds.Contains(w) && char.IsUpper(words[i + 1][0]))).ToList();
    }

    /// <summary>
    /// A region's kind before its name, left out when names are compared: "Республики Дагестан" and "Дагестана" name one
    /// republic, and a draft names a ministry "республики" by the republic the article names.
    /// </summary>
    private static readonly WordSet RegionKinds = new(
        "республика", "республики", "республике", "республику", "республикой", "область", "области", "областью", "край", "края", "краю", "краем");

    private static int Overlap(DraftStatement drafted, GoldStatement gold) =>
        Math.Min(drafted.Range.End, gold.Evidence.End) - Math.Max(drafted.Range.Start, gold.Evidence.Start);
}
