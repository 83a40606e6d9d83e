using Dataset.Annotations.Model;
using Dataset.Annotations.Pipeline;
using Dataset.CorpusMaker;

namespace Dataset.Annotations.Tests.Incremental;

/// <summary>
/// The folder analysis kept up to date edit by edit says exactly what a fresh run of the edited folder says (every
/// file's check, every article's coverage, the ids and the event links), and does only the work the edit can affect.
/// </summary>
public class FolderAnalysisTests
{
    private const string Folder = "/corpus";

    public static TheoryData<string> Edits => new(AnalystEdits.Names);

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_update_after_an_edit_agrees_with_a_fresh_run_of_the_edited_folder(string edit)
    {
        var files = Corpus(articles: 12);
        var analysis = new FolderAnalysis(Folder);
        analysis.Apply(files.Select(f => FileChange.Write(f.Key, f.Value)));

        var changes = AnalystEdits.Apply(edit, files);
        var update = analysis.Apply(changes);

        var fresh = new FolderRun(files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new KeyValuePair<string, string?>(f.Key, f.Value)), Folder);
        Assert.True(update.Complete);
        Assert.Equal(fresh.Ids, analysis.Ids);
        Assert.Equal(fresh.Links, analysis.Links);
        Assert.Equal(fresh.Validated.Select(v => v.File.Path), analysis.Validated.Keys);
        Assert.All(fresh.Validated, expected => Assert.Equal(expected, analysis.Validated[expected.File.Path]));
        Assert.Equal(fresh.Coverage.Select(c => c.TextPath).Order(StringComparer.Ordinal), analysis.Coverage.Keys);
        Assert.All(fresh.Coverage, expected => Assert.Equal(expected, analysis.Coverage[expected.TextPath]));
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void Each_edit_makes_the_diagnostics_it_should(string edit)
    {
        var files = Corpus(articles: 12);
        var before = new FolderRun(Sorted(files), Folder).Validated.SelectMany(v => v.Diagnostics).Select(d => d.Rule.Id).ToList();

        AnalystEdits.Apply(edit, files);

        var after = new FolderRun(Sorted(files), Folder).Validated.SelectMany(v => v.Diagnostics).Select(d => d.Rule.Id).ToList();
        var expected = AnalystEdits.Expected(edit);
        Assert.Equal(expected.Added, after.Except(before).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Removed, before.Except(after).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_summary_edit_parses_and_validates_its_file_alone()
    {
        var files = Corpus(articles: 12);
        var analysis = new FolderAnalysis(Folder);
        analysis.Apply(files.Select(f => FileChange.Write(f.Key, f.Value)));
        var path = AnalystEdits.FirstArticle(files);

        var update = analysis.Apply(AnalystEdits.Apply(AnalystEdits.Summary, files));

        Assert.Equal([path], update.Parsed);
        Assert.Equal([path], update.Validated);
        Assert.Empty(update.Covered);
    }

    [Fact]
    public void At_ten_thousand_articles_a_summary_edit_parses_and_validates_one_file_and_a_speaker_typo_one_more_check_at_most()
    {
        var files = Corpus(articles: 10_000);
        var analysis = new FolderAnalysis(Folder);
        var first = analysis.Apply(files.Select(f => FileChange.Write(f.Key, f.Value)));
        var path = AnalystEdits.FirstArticle(files);

        var summary = analysis.Apply(AnalystEdits.Apply(AnalystEdits.Summary, files));
        var typo = analysis.Apply(AnalystEdits.Apply(AnalystEdits.SpeakerTypo, files));

        Assert.Equal(10_001, first.Validated.Count);
        Assert.Equal([path], summary.Parsed);
        Assert.Equal([path], summary.Validated);
        Assert.Empty(summary.Covered);
        Assert.Equal([path], typo.Parsed);
        Assert.Equal([path], typo.Validated);
        Assert.Contains(analysis.Validated[path].Diagnostics, d => d.Rule.Id == "DS0010");
    }

    [Fact]
    public void A_renamed_actor_validates_the_files_that_declare_or_refer_to_it_and_no_other()
    {
        var files = Corpus(articles: 12);
        var analysis = new FolderAnalysis(Folder);
        analysis.Apply(files.Select(f => FileChange.Write(f.Key, f.Value)));
        var actor = AnalystEdits.RenamedActor(files);
        var referring = analysis.Annotations.Values
            .Where(
                a => a.Actors.Any(x => x.Id.Value == actor)
                    || Annotations.Validation.FileReferences.Of(a).Any(r => r.Kind == RecordKind.Actor && r.Id.Value == actor))
            .Select(a => a.Path).Order(StringComparer.Ordinal).ToList();

        var update = analysis.Apply(AnalystEdits.Apply(AnalystEdits.ActorRenamed, files));

        Assert.True(referring.Count >= 3, "The shared actor is declared in the registry and used by at least two articles.");
        Assert.Equal(referring, update.Validated.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cancelled_update_applies_nothing_and_the_next_applies_it()
    {
        var files = Corpus(articles: 3);
        var analysis = new FolderAnalysis(Folder);
        analysis.Apply(files.Select(f => FileChange.Write(f.Key, f.Value)));
        var changes = AnalystEdits.Apply(AnalystEdits.SpeakerTypo, files);

        Assert.ThrowsAny<OperationCanceledException>(() => analysis.Apply(changes, cancellationToken: new CancellationToken(canceled: true)));
        Assert.DoesNotContain(analysis.Validated.Values.SelectMany(v => v.Diagnostics), d => d.Rule.Id == "DS0010");

        var update = analysis.Apply(changes);
        Assert.True(update.Complete);
        Assert.Contains(analysis.Validated.Values.SelectMany(v => v.Diagnostics), d => d.Rule.Id == "DS0010");
    }

    /// <summary>The synthetic corpus under <see cref="Folder"/>, by path: a registry and articles that share its actors.</summary>
    internal static Dictionary<string, string?> Corpus(int articles) =>
        SyntheticCorpus.Make(articles, seed: 42).Files.ToDictionary(f => Folder + "/" + f.Path, f => (string?)f.Text, StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, string?>> Sorted(Dictionary<string, string?> files) => files.OrderBy(f => f.Key, StringComparer.Ordinal);
}
