using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Coverage.Attribution;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Drafts an annotation from an article: a statement for each sentence the coverage check finds attributed (and each
/// quoted passage it finds, continuing the last speaker), and a sanction for each sentence reporting one. The reading
/// is the coverage check's own (<see cref="AttributionFinder"/>), so the passages drafted are the passages it reports.
/// Every entry is a proposal: the writer marks it <c>draft: true</c> until a person has checked it.
/// </summary>
internal static class ArticleDrafter
{
    public static ArticleDraft Draft(DraftRequest request)
    {
        var text = request.Text;
        var ids = new DraftIds(request.TakenIds);
        var actors = new ActorResolver(request.Actors, ids);
        var finder = new AttributionFinder();
        var passages = new List<QuotedPassages.Passage>();
        var statements = new List<DraftStatement>();
        var sanctions = new List<DraftSanction>();
        string? lastSpeaker = null;
        foreach (var (lineStart, lineEnd) in new LineMap(text).Lines)
        {
            passages.Clear();
            passages.AddRange(QuotedPassages.In(text, lineStart, lineEnd));
            foreach (var sentence in Sentences.In(text, lineStart, lineEnd, passages))
            {
                finder.Read(text, sentence, passages);
                // Every sentence is read, wanted or not, so that an entry is the same whichever passage is asked for.
                var wanted = !request.Covered.Any(sentence.Overlaps);
                var cue = Main(finder);
                var speaker = cue is { } found ? Speaker(finder, found, actors, lastSpeaker) : QuotesOnly(text, sentence, passages) ? lastSpeaker : null;
                foreach (var sanction in wanted ? SanctionSentences.Read(text, sentence, actors, lastSpeaker) : Enumerable.Empty<SanctionReading>())
                {
                    var range = sanction.Clause;
                    if (!EvidenceChoice.OccursOnce(text, range))
                    {
                        continue;
                    }

                    var evidence = EvidenceChoice.Slice(text, range);
                    var date = DraftDates.Find(evidence, request.Published);
                    sanctions.Add(new DraftSanction(
                        ids.Make($"{sanction.Imposer} sanctions {sanction.Targets[0]}", "sanction"),
                        sanction.Imposer,
                        sanction.Targets,
                        sanction.Status,
                        sanction.Provisions,
                        date is { } day ? DraftDates.Format(day) : null,
                        evidence,
                        range));
                }

                if (speaker is not null && wanted && EvidenceChoice.For(text, sentence, passages, finder, cue) is { } chosen)
                {
                    var act = cue?.Act ?? CueLexicon.NeutralAct;
                    var guessed = cue is null || cue.Value.Neutral ? Verb(text, finder, cue) : null;
                    statements.Add(new DraftStatement(
                        ids.Make($"{speaker} {ActVerbs.ThirdPerson(act)} {Topic(chosen.Text, speaker)}", "statement"),
                        speaker,
                        act,
                        guessed,
                        chosen.IsQuote ? "direct" : "indirect",
                        DraftDates.SaidOn(EvidenceChoice.Slice(text, sentence), request.Published),
                        chosen.Text,
                        chosen.Range));
                }

                if (speaker is not null)
                {
                    lastSpeaker = speaker;
                }
            }
        }

        if (request.Only is { } only)
        {
            statements.RemoveAll(s => !s.Range.Overlaps(only));
            sanctions.RemoveAll(s => !s.Range.Overlaps(only));
        }

        var used = new HashSet<string>(statements.Select(s => s.Speaker).Concat(sanctions.SelectMany(s => s.Targets.Concat(new[] { s.Imposer }))), System.StringComparer.Ordinal);
        return new ArticleDraft(actors.Drafted.Where(a => used.Contains(a.Id)).ToList(), statements, sanctions);
    }

    /// <summary>The cue a statement is drafted from: the first whose source has a name in it, else the first with a source, else the first.</summary>
    private static Cue? Main(AttributionFinder finder)
    {
        Cue? withSource = null;
        foreach (var cue in finder.Cues)
        {
            if (finder.SourceRange(cue) is not { } source)
            {
                continue;
            }

            if (HasCapital(finder.Text, source))
            {
                return cue;
            }

            withSource ??= cue;
        }

        return withSource ?? (finder.Cues.Count > 0 ? finder.Cues[0] : null);
    }

    private static bool HasCapital(string text, TextRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Speaker(AttributionFinder finder, Cue cue, ActorResolver actors, string? lastSpeaker) =>
        cue.Kind == CueKind.Continuation ? lastSpeaker
        : finder.SourceRange(cue) is { } source ? actors.Resolve(finder.Text.Substring(source.Start, source.End - source.Start), lastSpeaker)
        : null;

    /// <summary>A sentence with a quote of four words or more and no cue: the last speaker goes on.</summary>
    private static bool QuotesOnly(string text, TextRange sentence, IReadOnlyList<QuotedPassages.Passage> passages) =>
        passages.Any(p => p.InnerStart >= sentence.Start && p.InnerEnd <= sentence.End && Words.Count(text, p.InnerStart, p.InnerEnd) >= CoverageAnalyzer.MinQuotedWords);

    /// <summary>The plain verb whose act is a guess ("said"), or what stood for it, for the note beside the act.</summary>
    private static string Verb(string text, AttributionFinder finder, Cue? cue)
    {
        if (cue is not { } found)
        {
            return "a quote";
        }

        if (found.Kind != CueKind.Verb)
        {
            return found.Kind switch
            {
                CueKind.AccordingTo => "according to",
                CueKind.InStatement => "in a statement",
                CueKind.Passive => "a passive report",
                _ => "a quote",
            };
        }

        var first = finder.Tokens[found.First];
        var last = finder.Tokens[found.End - 1];
        return text.Substring(first.Start, last.End - first.Start);
    }

    /// <summary>Up to three content words of the evidence, for a readable id.</summary>
    private static string Topic(string evidence, string speaker)
    {
        var speakerWords = new HashSet<string>(speaker.Split('-'), System.StringComparer.Ordinal);
        return string.Join(" ", ActorKinds.Words(evidence)
            .Where(w => w.Length > 2 && !StopWords.Contains(w.ToLowerInvariant()) && !speakerWords.Contains(w.ToLowerInvariant()) && !CueLexicon.IsCueWord(w))
            .Take(3));
    }

    private static readonly HashSet<string> StopWords = new(System.StringComparer.Ordinal)
    {
        "the", "and", "that", "this", "with", "for", "from", "was", "were", "are", "has", "have", "had", "been", "its",
        "their", "his", "her", "they", "she", "will", "would", "could", "should", "not", "but", "all", "our", "you",
        "who", "which", "what", "there", "than", "then", "into", "over", "also", "said", "says", "told", "about",
    };
}
