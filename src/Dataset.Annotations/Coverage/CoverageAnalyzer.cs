using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Text.Cues;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Parsing;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Coverage;

/// <summary>
/// Measures what of one article its annotation covers: every quoted passage of at least four words and every
/// sentence that attributes speech to a source (<see cref="AttributionFinder"/>) must overlap some evidence, or a passage
/// the annotation lists under <c>unannotated:</c>. What is left is advice (an info diagnostic at the passage in the
/// article), never an error.
/// </summary>
internal static class CoverageAnalyzer
{
    public const int MinQuotedWords = 4;
    private const int MaxShownChars = 100;

    public static CoverageReport Analyze(CoverageInput input, ActorNames names, CancellationToken cancellationToken = default)
    {
        var text = input.Text.Content;
        var path = input.Text.Path;
        if (text is null || text.Length > YamlLimits.MaxArticleChars)
        {
            // Unreadable or too large: the evidence check already says so.
            return new CoverageReport(input.AnnotationPath, path, 0, 0, 0, 0, 0, EquatableArray<UncoveredPassage>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        // The document's language (stated, else guessed from its letters) decides which rules read the text.
        var reader = new ArticleReader(text, input.Language.Code ?? TextLanguage.Undetermined);
        if (!reader.Judged)
        {
            // Quotation marks and reporting verbs of other languages are unknown here: nothing found is not all covered.
            return new CoverageReport(input.AnnotationPath, path, 0, 0, 0, 0, 0, EquatableArray<UncoveredPassage>.Empty, EquatableArray<DiagnosticInfo>.Empty)
            {
                Language = input.Language,
                IsJudged = false,
            };
        }

        var article = text;
        UncoveredPassage Uncovered(PassageKind kind, int start, int end, string? speaker) =>
            new(kind, article.Substring(start, end - start), reader.Lines.Locate(path, start, end), speaker);

        var uncovered = new List<UncoveredPassage>();
        var attributions = reader.Finder;
        var quotes = new Tally();
        var sentences = new Tally();
        foreach (var paragraph in reader.Paragraphs())
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var passage in paragraph.Quotes)
            {
                if (Words.Count(text, passage.InnerStart, passage.InnerEnd) < MinQuotedWords)
                {
                    continue;
                }

                if (quotes.Add(Check(new TextRange(passage.InnerStart, passage.InnerEnd), input)) == Outcome.Uncovered)
                {
                    uncovered.Add(Uncovered(PassageKind.Quote, passage.Start, passage.End, null));
                }
            }

            foreach (var sentence in reader.Sentences(paragraph))
            {
                if (attributions.Cues.Count == 0)
                {
                    continue;
                }

                if (sentences.Add(Check(sentence, input)) == Outcome.Uncovered)
                {
                    var speaker = CueSources.Describe(attributions, attributions.Cues[0], names);
                    uncovered.Add(Uncovered(PassageKind.Sentence, sentence.Start, sentence.End, speaker));
                }
            }
        }

        return new CoverageReport(
            input.AnnotationPath,
            path,
            quotes.Total,
            quotes.Annotated,
            sentences.Total,
            sentences.Annotated,
            quotes.Reasoned + sentences.Reasoned,
            uncovered.ToEquatableArray(),
            uncovered.Select(Diagnose).ToEquatableArray())
        {
            Language = input.Language,
        };
    }

    private enum Outcome
    {
        Annotated,
        Reasoned,
        Uncovered,
    }

    /// <summary>How many passages of one kind there are, how many are annotated, and how many of those by a reason only.</summary>
    private sealed class Tally
    {
        public int Total { get; private set; }

        public int Annotated { get; private set; }

        public int Reasoned { get; private set; }

        public Outcome Add(Outcome outcome)
        {
            Total++;
            Annotated += outcome == Outcome.Uncovered ? 0 : 1;
            Reasoned += outcome == Outcome.Reasoned ? 1 : 0;
            return outcome;
        }
    }

    private static Outcome Check(TextRange range, CoverageInput input) =>
        input.Evidence.Any(range.Overlaps) ? Outcome.Annotated : input.Unannotated.Any(range.Overlaps) ? Outcome.Reasoned : Outcome.Uncovered;

    /// <summary>The DS0028 advice for an uncovered passage, at the passage in the article.</summary>
    public static DiagnosticInfo Diagnose(UncoveredPassage passage) => passage.Kind == PassageKind.Quote
        ? DiagnosticInfo.Create(
            DiagnosticDescriptors.NotAnnotated,
            passage.Location,
            "Quoted passage " + Shorten(passage.Text),
            "no statement or sanction evidence overlaps it")
        : DiagnosticInfo.Create(
            DiagnosticDescriptors.NotAnnotated,
            passage.Location,
            "Sentence '" + Shorten(passage.Text) + "'",
            passage.Speaker is null
                ? "it reports speech from an unnamed source but holds no evidence"
                : $"it reports speech by '{passage.Speaker}' but holds no evidence");

    private static string Shorten(string text) => text.Length <= MaxShownChars ? text : text.Substring(0, MaxShownChars) + "…";
}
