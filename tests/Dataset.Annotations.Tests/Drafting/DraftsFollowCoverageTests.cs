using Dataset.Annotations.Drafting;
using Dataset.Annotations.Evaluation;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Tests.Coverage;
using Dataset.Annotations.Text;
using Dataset.Annotations.Text.Languages;
using Xunit.Abstractions;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>
/// Drafting starts from the coverage check's reading: every sentence the check counts as attributed in a gold article
/// is overlapped by some drafted entry when the article is drafted as if new, so the two cannot drift apart. Left out
/// are the sentences whose every cue names no source ("is reported to have", "дипломат, пожелавший остаться
/// неназванным, сообщил"), for which no statement has a speaker, and those the annotation leaves unannotated with a reason.
/// </summary>
public class DraftsFollowCoverageTests(ITestOutputHelper output)
{
    /// <summary>Every set, the seed article's included.</summary>
    public static TheoryData<string> Sets => new()
    {
        "seed", "Gold", "Gold2", "Gold3", "Gold4", "GoldRu", "HeldOutRu", "HeldOutRu2", "HeldOutRu3", "HeldOutRu4", "HeldOutRu5",
        "HeldOutRu6", "HeldOutRu7", "HeldOutRu8", "HeldOutRu9", "HeldOutRu10", "HeldOutRu11", "HeldOutRu12", "HeldOutRu13", "HeldOutRu14", "HeldOutRu15",
        "HeldOutRu16", "HeldOutRu17", "HeldOutRu18", "HeldOutRu19", "HeldOutRu20", "HeldOutRu22", "HeldOutRu23", "HeldOutRu24",
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_sentence_the_coverage_check_finds_attributed_is_drafted(string set)
    {
        var files = set == "seed" ? SeedArticle.Files().ToList() : GoldSetTests.Files(set);
        var found = 0;
        var missed = new List<string>();
        foreach (var article in AnnotatedArticle.In(files))
        {
            var others = files.Where(f => !string.Equals(Paths.ArticlePaths.Normalize(f.Key), article.Annotation.Path, StringComparison.Ordinal)).ToList();
            var draft = FolderDrafts.Draft(new FolderRun(others).State, article.Text, article.Annotation.Document?.Published, annotationPath: null);
            var drafted = draft.Statements.Select(s => s.Range).Concat(draft.Sanctions.Select(s => s.Range)).ToList();
            var reader = new ArticleReader(article.Text, LanguageGuess.Of(article.Annotation.Document, article.Text).Code);
            foreach (var sentence in reader.Sentences().Where(_ => reader.Finder.Cues.Count > 0))
            {
                if (reader.Finder.Cues.All(cue => reader.Finder.SourceRange(cue) is null) || article.Unannotated.Any(sentence.Range.Overlaps))
                {
                    continue;
                }

                found++;
                if (!drafted.Any(sentence.Range.Overlaps))
                {
                    missed.Add($"{Path.GetFileName(article.TextPath)}: {article.Text[sentence.Range.Start..sentence.Range.End]}");
                }
            }
        }

        missed.ForEach(output.WriteLine);
        Assert.True(found > 0, $"The set {set} has attributed sentences to draft.");
        Assert.Empty(missed);
    }
}
