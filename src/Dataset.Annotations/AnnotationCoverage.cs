using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Pipeline;
using Dataset.LanguageFormat;

namespace Dataset.Annotations;

/// <summary>A quoted passage or attributed sentence nothing annotates, where it is in the article (1-based).</summary>
/// <param name="Kind">A quoted passage, or a sentence attributing speech to a source.</param>
/// <param name="Path">The article text file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column (UTF-16 code units, as the compiler counts).</param>
/// <param name="Text">The passage (with its quotation marks) or the sentence.</param>
/// <param name="Message">The build's DS0028 message for it.</param>
public sealed record UncoveredText(PassageKind Kind, string Path, int Line, int Column, string Text, string Message);

/// <summary>How much of one article its annotation covers.</summary>
/// <param name="AnnotationPath">The annotation naming the article.</param>
/// <param name="TextPath">The article text file.</param>
/// <param name="QuotedPassages">Quoted passages of at least four words.</param>
/// <param name="QuotedAnnotated">Of those, the ones some evidence overlaps or the annotation leaves unannotated with a reason.</param>
/// <param name="AttributedSentences">Sentences where a declared actor's name or alias stands with a speech verb.</param>
/// <param name="AttributedAnnotated">Of those, the ones holding evidence or left unannotated with a reason.</param>
/// <param name="Reasoned">How many of the annotated passages and sentences count only through an unannotated: reason.</param>
/// <param name="Uncovered">What is left, in the order of the article.</param>
public sealed record DocumentCoverage(
    string AnnotationPath,
    string TextPath,
    int QuotedPassages,
    int QuotedAnnotated,
    int AttributedSentences,
    int AttributedAnnotated,
    int Reasoned,
    IReadOnlyList<UncoveredText> Uncovered)
{
    /// <summary>The article's ISO 639-1 language, as its document states it or guessed from its letters; null when neither tells.</summary>
    public string? Language { get; init; }

    /// <summary>True when <see cref="Language"/> was guessed from the text rather than stated.</summary>
    public bool IsLanguageGuessed { get; init; }

    /// <summary>False for a language the check cannot read: then nothing was judged and every count is 0.</summary>
    public bool IsJudged { get; init; } = true;

    /// <summary>What a front end says of an article not judged: "language 'fa' is not covered; nothing judged".</summary>
    public string NotJudged => LanguageCodes.NotJudged(Language);
}

/// <summary>
/// The build's coverage check (DS0028) on files without a build: the same analysis the generator runs per article,
/// with its counts, for the command line.
/// </summary>
public static class AnnotationCoverage
{
    /// <summary>Coverage of every article an annotation names, in path order.</summary>
    /// <param name="files">Absolute path and content of every file; a null content is a file that could not be read.</param>
    public static IReadOnlyList<DocumentCoverage> Analyze(IEnumerable<KeyValuePair<string, string?>> files) => Analyze(new FolderRun(files));

    /// <summary>Coverage of a folder already run, for a caller that uses the run for more than coverage.</summary>
    internal static IReadOnlyList<DocumentCoverage> Analyze(FolderRun run) =>
        run.Coverage
            .OrderBy(r => r.TextPath, System.StringComparer.Ordinal)
            .Select(report => new DocumentCoverage(
                report.AnnotationPath,
                report.TextPath,
                report.QuotedPassages,
                report.QuotedAnnotated,
                report.AttributedSentences,
                report.AttributedAnnotated,
                report.Reasoned,
                report.Uncovered.Select(passage => new UncoveredText(
                    passage.Kind,
                    passage.Location.FilePath,
                    passage.Location.StartLine + 1,
                    passage.Location.StartColumn + 1,
                    passage.Text,
                    CoverageAnalyzer.Diagnose(passage).Message)).ToList())
            {
                Language = report.Language.Code,
                IsLanguageGuessed = report.Language.IsGuessed,
                IsJudged = report.IsJudged,
            })
            .ToList();
}
