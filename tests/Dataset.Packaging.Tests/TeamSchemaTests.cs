namespace Dataset.Packaging.Tests;

/// <summary>
/// The JSON Schema knows what teams write: two annotators' folders, actors' same-as and distinct-from, and the
/// disagreement: marks of `dataset adjudicate`, so that an editor validating against it accepts a merged folder.
/// </summary>
public class TeamSchemaTests
{
    [Fact]
    public void Two_annotators_and_the_actor_links_conform_to_the_schema()
    {
        var folders = new[] { TeamArticles.Alice, TeamArticles.Bob, ActorArticles.Folder };
        var annotations = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.yaml")).ToList();

        Assert.Equal(9, annotations.Count);
        Assert.All(
            annotations,
            path => Assert.Empty(SchemaFiles.Problems(SchemaFiles.Committed, File.ReadAllText(path)).Select(p => $"{Path.GetFileName(path)} {p}")));
    }

    [Fact]
    public void Disagreement_marks_as_adjudicate_writes_them_conform_and_a_wrong_field_does_not()
    {
        var alice = File.ReadAllText(Path.Combine(TeamArticles.Alice, "2023-02-20-example-post-iran-protest-sanctions.yaml"));
        var marked = alice
            .Replace(
                "    evidence: those responsible for the brutal repression of the Iranian people\n",
                "    evidence: those responsible for the brutal repression of the Iranian people\n    disagreement:\n      act: { a: condemn, b: announce " +
                    "}\n      evidence: { a: \"those responsible\", b: \"said the measures targeted \\\"those responsible\" }\n",
                StringComparison.Ordinal)
            .Replace(
                "    evidence: warned that Tehran would respond\n", "    evidence: warned that Tehran would respond\n    disagreement: { only-in: a }\n",
                StringComparison.Ordinal)
            .Replace(
                "    targets: [iranian-entities]\n",
                "    targets: [iranian-entities]\n    disagreement:\n      targets: { a: [iranian-entities], b: [iranian-entities, canada] }\n",
                StringComparison.Ordinal);
        var wrong = marked.Replace("      targets: { a:", "      speaker: { a:", StringComparison.Ordinal);

        Assert.NotEqual(alice, marked);
        Assert.Empty(SchemaFiles.Problems(SchemaFiles.Committed, marked));
        Assert.NotEmpty(SchemaFiles.Problems(SchemaFiles.Committed, wrong));
    }
}
