using Dataset.Annotations.Coverage;
using Dataset.Annotations.Model;
using Dataset.Annotations.Paths;
using Dataset.Annotations.Pipeline;
using Dataset.Annotations.Validation;

namespace Dataset.Annotations.Tests.Incremental;

/// <summary>
/// An update tells the one following it when every model and id is settled, before the evidence, links and checks, then each
/// group of files as their results become final: the files named first in a group of their own before the others,
/// each file once, with the diagnostics the whole update ends with.
/// </summary>
public class UpdateProgressTests
{
    [Fact]
    public void The_files_named_first_are_checked_and_told_first_once_the_indexes_are_settled_and_each_file_is_told_once_as_it_ends()
    {
        var files = FolderAnalysisTests.Corpus(articles: 40);
        var annotation = AnalystEdits.FirstArticle(files);
        var article = annotation[..^".yaml".Length] + ".txt";
        var analysis = new FolderAnalysis("/corpus");
        var told = new List<(string Event, FolderState State, IReadOnlyList<string> Paths)>();
        var progress = new UpdateProgress(
            [article, annotation],
            state => told.Add(("settled", state, [])),
            group => told.Add(("checked", group.State, group.Paths)));

        var update = analysis.Apply(files.Select(f => FileChange.Write(f.Key, f.Value)), progress);

        var settled = told[0];
        Assert.Equal("settled", settled.Event);
        Assert.Equal(files.Keys.Count(ArticlePaths.IsAnnotation), settled.State.Annotations.Count);
        Assert.Equal(analysis.Ids, settled.State.Ids);
        Assert.Empty(settled.State.Validated);
        Assert.Equal([annotation], told[1].Paths);
        Assert.Equal([article], told[2].Paths);
        Assert.All(told.Skip(1), t => Assert.Equal("checked", t.Event));
        Assert.True(told.Count > 4, "The other files are told in groups after the first.");

        var reported = told.SelectMany(t => t.Paths).ToList();
        Assert.Equal(update.Touched.Order(StringComparer.Ordinal), reported.Order(StringComparer.Ordinal));
        Assert.All(told.Skip(1), t => Assert.All(t.Paths, path => Assert.Equal(analysis.State.DiagnosticsOf(path), t.State.DiagnosticsOf(path))));
    }

    [Fact]
    public void The_first_group_waits_for_its_own_articles_evidence_only_and_the_rest_is_located_after()
    {
        var files = FolderAnalysisTests.Corpus(articles: 40);
        var annotation = AnalystEdits.FirstArticle(files);
        var article = annotation[..^".yaml".Length] + ".txt";
        var counting = new CountingCache();
        var analysis = new FolderAnalysis("/corpus", cache: counting);
        var locatedWhenTold = new List<int>();

        var update = analysis.Apply(
            files.Select(f => FileChange.Write(f.Key, f.Value)),
            new UpdateProgress([annotation], Checked: _ => locatedWhenTold.Add(counting.Located.Count)));

        Assert.True(update.Complete);
        Assert.Equal([article], counting.Located.Take(1));
        Assert.Equal(1, locatedWhenTold[0]);
        Assert.Equal(files.Keys.Count(ArticlePaths.IsArticleText), counting.Located.Distinct().Count());
        Assert.Equal(counting.Located.Count, counting.Located.Distinct().Count());
        Assert.Equal(new FolderRun(files, "/corpus").State.DiagnosticsIn(annotation), analysis.State.DiagnosticsIn(annotation));
    }

    [Fact]
    public void Without_files_named_first_the_first_chunk_is_told_before_the_other_articles_evidence_is_located()
    {
        var files = FolderAnalysisTests.Corpus(articles: 300);
        var counting = new CountingCache();
        var analysis = new FolderAnalysis("/corpus", cache: counting);
        var told = new List<(int Located, int Files)>();

        analysis.Apply(
            files.Select(f => FileChange.Write(f.Key, f.Value)),
            new UpdateProgress([], Checked: group => told.Add((counting.Located.Count, group.Paths.Count))));

        var articles = files.Keys.Count(ArticlePaths.IsArticleText);
        Assert.Equal(256, told[0].Files);
        Assert.Equal(256, told[0].Located);
        Assert.Equal(articles, counting.Located.Count);
    }

    /// <summary>Runs every stage, noting each article whose evidence is located, in order.</summary>
    private sealed class CountingCache : IStageCache
    {
        public List<string> Located { get; } = [];

        public AnnotationFile Parse(FileChange file, Func<string, string?, AnnotationFile> parse) => parse(file.Path, file.DecodedText());

        public CheckedEvidence CheckEvidence(EvidenceWork work, Func<EvidenceWork, CheckedEvidence> check)
        {
            lock (Located)
            {
                Located.Add(work.Text.Path);
            }

            return check(work);
        }

        public ValidatedFile Validate(FileSlice slice, Func<FileSlice, ValidatedFile> validate) => validate(slice);

        public CoverageReport Cover(CoverInput input, Func<CoverInput, CoverageReport> cover) => cover(input);
    }

    [Fact]
    public void An_edit_tells_only_the_files_it_checked_again()
    {
        var files = FolderAnalysisTests.Corpus(articles: 12);
        var analysis = new FolderAnalysis("/corpus");
        analysis.Apply(files.Select(f => FileChange.Write(f.Key, f.Value)));
        var told = new List<string>();
        var settled = 0;

        var update = analysis.Apply(
            AnalystEdits.Apply(AnalystEdits.SpeakerTypo, files),
            new UpdateProgress([], _ => settled++, group => told.AddRange(group.Paths)));

        Assert.Equal(1, settled);
        Assert.Equal(update.Touched.Order(StringComparer.Ordinal), told.Order(StringComparer.Ordinal));
        Assert.Contains(analysis.State.DiagnosticsIn(AnalystEdits.FirstArticle(files)), d => d.Rule.Id == "DS0010");
    }
}
