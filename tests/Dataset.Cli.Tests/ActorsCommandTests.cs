namespace Dataset.Cli.Tests;

/// <summary>
/// `dataset actors` on a registry and two articles that declare some of its actors again (tests/Shared/ActorArticles):
/// the same-as group under its first id, the likely duplicates with their reasons, and the same pairs as DS0043.
/// </summary>
public class ActorsCommandTests
{
    [Fact]
    public void Actors_lists_each_same_as_group_under_the_id_exports_use()
    {
        var result = CliRun.Run("actors", ActorArticles.Folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["penny-wong: penny-wong, wong", "actors: 1 group(s) of actors that are one, each under its first id (the one exports use)"],
            result.OutputLines);
    }

    [Fact]
    public void Duplicates_are_the_pairs_no_link_decides_with_their_reasons()
    {
        var result = CliRun.Run("actors", ActorArticles.Folder, "--duplicates");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines.Select(l => l.Split(" (", 2)[0]).ToArray();
        Assert.Equal(
            [
                "actor iran islamic-republic-of-iran: same Wikidata item Q794",
                "actor iran-foreign-ministry iranian-foreign-ministry: shared name 'Iran's foreign ministry'",
                "actor naser-kanani nasser-kanaani: near names 'Naser Kanani' and 'Nasser Kanaani'",
                "actors: 3 pair(s) that may be one actor; add same-as or distinct-from to each to decide it",
            ],
            lines);
    }

    [Fact]
    public void The_build_reports_the_same_pairs_as_info_DS0043_at_each_actor()
    {
        var result = CliRun.Run("validate", ActorArticles.Folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(6, result.OutputLines.Count(l => l.Contains(": info DS0043: ", StringComparison.Ordinal)));
        Assert.Contains(
            "2023-02-20-example-post-iran-protest-sanctions.yaml(12,11): info DS0043: Actor 'naser-kanani' and 'nasser-kanaani' (in actors.yaml) may be one: " +
                "near names 'Naser Kanani' and 'Nasser Kanaani'; add same-as: nasser-kanaani if they are, or distinct-from: nasser-kanaani if they are not",
            result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_distinct_from_that_same_as_contradicts_is_a_located_error()
    {
        using var temp = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(ActorArticles.Folder))
        {
            File.Copy(file, temp.File(Path.GetFileName(file)));
        }

        var registry = temp.File("actors.yaml");
        File.WriteAllText(
            registry,
            File.ReadAllText(registry)
                .Replace("aliases: [Burma], wikidata: Q836 }", "aliases: [Burma], wikidata: Q836, same-as: burma-campaign-uk }", StringComparison.Ordinal));

        var result = CliRun.Run("actors", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            "2023-06-02-sample-herald-myanmar-sanctions.yaml(18,20): error DS0044: Actor 'burma-campaign-uk' is distinct-from 'myanmar', but same-as links " +
                "make them one (burma-campaign-uk, myanmar); remove the distinct-from or the same-as that is wrong",
            result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_lists_events_only()
    {
        var result = CliRun.Run("links", ActorArticles.Folder);

        Assert.Equal(["links: 0 suggested pair(s); add same-as or distinct-from to each to decide it"], result.OutputLines);
    }
}

/// <summary>Exports name each group of actors same-as makes one by its canonical id, as `dataset actors` lists it.</summary>
public class CanonicalActorExportTests
{
    [Fact]
    public void Json_names_a_group_by_its_first_id_and_lists_one_actor_for_it()
    {
        var result = CliRun.Run("export", "--annotations", ActorArticles.Folder, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var actors = json.RootElement.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Contains("penny-wong", actors);
        Assert.DoesNotContain("wong", actors);
        var wong = json.RootElement.GetProperty("statements")
            .EnumerateArray()
            .Single(s => s.GetProperty("id").GetString() == "wong-announces-work-on-sanctions");
        Assert.Equal("penny-wong", wong.GetProperty("speaker").GetString());
    }

    [Fact]
    public void The_catalog_gives_the_canonical_id_and_records_keep_their_own()
    {
        var files = Directory.EnumerateFiles(ActorArticles.Folder).Select(p => new KeyValuePair<string, string?>(p, File.ReadAllText(p))).ToList();
        var catalog = new RecordDataCatalog(Dataset.Annotations.AnnotationReader.Read(files).Files.Select(f => f.Data));

        Assert.Equal(new ActorId("penny-wong"), catalog.CanonicalId(new ActorId("wong")));
        Assert.Equal(new ActorId("iran"), catalog.CanonicalId(new ActorId("iran")));
        Assert.Equal([new ActorId("penny-wong")], catalog.FindActor(new ActorId("wong"))!.SameAsIds);
        Assert.Equal("wong", catalog.Statements.Single(s => s.Id.Value == "wong-announces-work-on-sanctions").SpeakerId.Value);
    }
}
