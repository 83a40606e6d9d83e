using System.Text.RegularExpressions;
using Dataset.CorpusMaker;
using Dataset.Generators.Emitting;
using Dataset.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests;

/// <summary>(b) Editing one annotation re-parses that file only and re-emits only the sources that depend on it.</summary>
public class IncrementalAnnotationEditTests
{
    [Fact]
    public void Editing_a_summary_reparses_and_reemits_that_file_only_and_rechecks_no_evidence()
    {
        var corpus = new IncrementalCorpus(articles: 10);
        var path = corpus.Corpus.ProbeAnnotationPath;

        var rerun = corpus.Edit(path, yaml => ReplaceFirst(yaml, "summary: \"", "summary: \"Edited: "));

        Assert.Equal([IncrementalCorpus.PathOf(path)], IncrementalCorpus.Reparsed(rerun));
        Assert.Equal([HintOf(path)], IncrementalCorpus.Reemitted(rerun));
        Assert.Contains("Edited: ", IncrementalCorpus.Sources(rerun)[HintOf(path)], StringComparison.Ordinal);
        Assert.All(IncrementalCorpus.Outputs(rerun, TrackingNames.Evidence), o => Assert.True(IncrementalCorpus.IsCached(o.Reason)));
        Assert.All(IncrementalCorpus.Outputs(rerun, TrackingNames.ArticleTexts), o => Assert.True(IncrementalCorpus.IsCached(o.Reason)));
    }

    [Fact]
    public void A_driver_the_compiler_server_keeps_gets_every_file_afresh_yet_reemits_the_edited_file_only_as_a_fresh_run_would()
    {
        var corpus = new IncrementalCorpus(articles: 10);
        var path = corpus.Corpus.ProbeAnnotationPath;

        var rerun = corpus.EditAsCompilerServer(path, yaml => ReplaceFirst(yaml, "summary: \"", "summary: \"Edited: "));

        Assert.Equal([IncrementalCorpus.PathOf(path)], IncrementalCorpus.Reparsed(rerun));
        Assert.Equal([HintOf(path)], IncrementalCorpus.Reemitted(rerun));
        Assert.All(IncrementalCorpus.Outputs(rerun, TrackingNames.Evidence), o => Assert.True(IncrementalCorpus.IsCached(o.Reason)));
        var fresh = corpus.FreshRun();
        Assert.Equal(
            IncrementalCorpus.Sources(fresh).OrderBy(s => s.Key, StringComparer.Ordinal),
            IncrementalCorpus.Sources(rerun).OrderBy(s => s.Key, StringComparer.Ordinal));
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), rerun.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("Edited: ", IncrementalCorpus.Sources(rerun)[HintOf(path)], StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_edit_recomputes_that_files_data_only_so_only_that_source_is_emitted()
    {
        var corpus = new IncrementalCorpus(articles: 10);
        var path = corpus.Corpus.ProbeAnnotationPath;

        var rerun = corpus.Edit(path, yaml => ReplaceFirst(yaml, "summary: \"", "summary: \"Edited: "));

        Assert.Equal([IncrementalCorpus.PathOf(path)], Rerun(rerun, TrackingNames.RecordData).Select(o => ((FileRecordData)o).Input.File.Path));
        Assert.Equal([HintOf(path)], IncrementalCorpus.Reemitted(rerun));
        Assert.Contains("private const string Annotation_", IncrementalCorpus.Sources(rerun)[HintOf(path)], StringComparison.Ordinal);
        Assert.Contains("Edited: ", IncrementalCorpus.Sources(rerun)[HintOf(path)], StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_a_shared_actor_reemits_the_registry_and_the_articles_that_show_the_name_only()
    {
        var corpus = new IncrementalCorpus(articles: 10);
        var registry = corpus.Text(SyntheticCorpus.RegistryPath);
        var articles = corpus.Corpus.Files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal) && f.Path != SyntheticCorpus.RegistryPath).ToList();
        var (actorId, actorName) = SharedSpeaker(registry, articles);

        var rerun = corpus.Edit(
            SyntheticCorpus.RegistryPath,
            yaml => yaml.Replace($"name: \"{actorName}\"", "name: \"Renamed Person\"", StringComparison.Ordinal));

        Assert.Equal([IncrementalCorpus.PathOf(SyntheticCorpus.RegistryPath)], IncrementalCorpus.Reparsed(rerun));
        var reemitted = IncrementalCorpus.Reemitted(rerun).ToHashSet();
        var speaking = articles.Where(f => f.Text.Contains($"speaker: {actorId}\n", StringComparison.Ordinal)).Select(f => HintOf(f.Path));
        var mentioning = articles.Where(f => Mentions(f.Text, actorId)).Select(f => HintOf(f.Path));
        Assert.Contains(HintOf(SyntheticCorpus.RegistryPath), reemitted);
        Assert.Subset(reemitted, speaking.ToHashSet());
        Assert.Superset(reemitted, mentioning.Append(HintOf(SyntheticCorpus.RegistryPath)).ToHashSet());
        Assert.True(reemitted.Count < articles.Count, "Only the articles that name the actor may be re-emitted.");
        Assert.Contains(
            "Renamed Person",
            string.Join("\n", reemitted.Where(h => h != HintOf(SyntheticCorpus.RegistryPath)).Select(h => IncrementalCorpus.Sources(rerun)[h])),
            StringComparison.Ordinal);
    }

    /// <summary>The outputs of a step that were computed anew in this run.</summary>
    private static IEnumerable<object> Rerun(GeneratorDriverRunResult run, string step) =>
        IncrementalCorpus.Outputs(run, step).Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).Select(o => o.Value);

    internal static string HintOf(string corpusPath) => GeneratedNames.HintName(IncrementalCorpus.PathOf(corpusPath), GeneratorHarness.ProjectDirectory);

    internal static string ReplaceFirst(string text, string value, string replacement)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{value}' is not in the file.");
        return text[..at] + replacement + text[(at + value.Length)..];
    }

    /// <summary>A person of the registry who speaks in some articles but not all.</summary>
    private static (string Id, string Name) SharedSpeaker(string registry, List<CorpusFile> articles)
    {
        foreach (Match match in Regex.Matches(registry, "- id: (?<id>[a-z0-9-]+)\n    name: \"(?<name>[^\"]+)\"\n    kind: person"))
        {
            var id = match.Groups["id"].Value;
            var speaking = articles.Count(f => f.Text.Contains($"speaker: {id}\n", StringComparison.Ordinal));
            if (speaking > 0 && articles.Count(f => Mentions(f.Text, id)) < articles.Count)
            {
                return (id, match.Groups["name"].Value);
            }
        }

        throw new InvalidOperationException("The corpus has no person who speaks in some articles only.");
    }

    private static bool Mentions(string yaml, string id) => Regex.IsMatch(yaml, $"(?<![a-z0-9-]){Regex.Escape(id)}(?![a-z0-9-])");
}
