using Json.Schema;
using Dataset.Annotations;
using Dataset.Annotations.Schema;

namespace Dataset.Packaging.Tests;

/// <summary>
/// The JSON Schema is generated from the generator's own definition of the format; these tests keep the committed
/// copy equal to it, check every seed against it with a real JSON Schema library, and check that schema and build
/// reject the same kinds of mistakes.
/// </summary>
public sealed class SchemaTests
{
    private const string Article = "Minister Jane Doe said on Tuesday that talks with Ruritania would resume next week.\n";

    private const string ValidAnnotation = """
        # yaml-language-server: $schema=annotation.schema.json
        document:
          id: example-2024-01-02-talks
          title: Talks to resume
          publisher: Example News
          published: 2024-01-02
          text: article.txt
        actors:
          - id: jane-doe
            name: Jane Doe
            kind: person
            roles: [{ title: Minister, of: freedonia }]
            aliases: [Doe]
            wikidata: Q42
          - id: freedonia
            name: Freedonia
            kind: state
          - id: ruritania
            name: Ruritania
            kind: state
        statements:
          - id: doe-announces-talks
            speaker: jane-doe
            audience: [ruritania]
            act: announce
            form: indirect
            said-on: 2024-01-02
            evidence: talks with Ruritania would resume next week
        sanctions:
          - id: freedonia-considers-measures
            imposer: freedonia
            targets: [ruritania]
            status: considered
            provisions: [asset-freeze, suspension of trade talks]
            program: Ruritania measures
            start: 2024-01-02
            evidence: Minister Jane Doe said on Tuesday
        unannotated:
          - passage: next week
            reason: The date of the talks is part of the statement, not one of its own.
        """;

    [Fact]
    public void Committed_schema_equals_the_one_generated_from_the_generator_definition()
    {
        var generated = AnnotationJsonSchema.Generate();
        var committed = File.Exists(SchemaFiles.CommittedPath) ? File.ReadAllText(SchemaFiles.CommittedPath) : string.Empty;
        if (committed != generated && Environment.GetEnvironmentVariable("DATASET_ACCEPT_SCHEMA") == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(SchemaFiles.CommittedPath, generated);
            committed = generated;
        }

        Assert.True(
            committed == generated,
            $"{SchemaFiles.CommittedPath} is not the schema the generator defines. Regenerate it with DATASET_ACCEPT_SCHEMA=1 dotnet test " +
                "tests/Dataset.Packaging.Tests and commit it.");
    }

    [Fact]
    public void Schema_is_a_valid_draft_07_schema()
    {
        var results = MetaSchemas.Draft7.Evaluate(SchemaFiles.Parse(AnnotationJsonSchema.Generate()));
        Assert.True(results.IsValid);
    }

    [Fact]
    public void Every_seed_annotation_names_the_schema_and_conforms_to_it()
    {
        var annotations = Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.y*ml").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(annotations);
        foreach (var path in annotations)
        {
            var text = File.ReadAllText(path);
            Assert.True(
                text.StartsWith(AnnotationJsonSchema.ModelineComment + "\n", StringComparison.Ordinal)
                    || text.StartsWith(AnnotationJsonSchema.ModelineComment + "\r\n", StringComparison.Ordinal),
                $"{Path.GetFileName(path)} must start with `{AnnotationJsonSchema.ModelineComment}`.");
            Assert.Empty(SchemaFiles.Problems(SchemaFiles.Committed, text).Select(p => $"{Path.GetFileName(path)} {p}"));
        }
    }

    [Fact]
    public void The_event_articles_conform_to_the_schema()
    {
        var annotations = EventArticles.Files().Where(f => f.Key.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, annotations.Count);
        Assert.All(annotations, a => Assert.Empty(SchemaFiles.Problems(SchemaFiles.Committed, a.Value!).Select(p => $"{Path.GetFileName(a.Key)} {p}")));
    }

    [Fact]
    public void The_draft_article_conforms_to_the_schema()
    {
        var annotation = Assert.Single(DraftArticles.Files(), f => f.Key.EndsWith(".yaml", StringComparison.Ordinal));
        Assert.Empty(SchemaFiles.Problems(SchemaFiles.Committed, annotation.Value!));
    }

    [Fact]
    public void Valid_annotation_passes_both_the_schema_and_the_build_checks()
    {
        Assert.Empty(SchemaFiles.Problems(SchemaFiles.Committed, ValidAnnotation));
        Assert.Empty(BuildErrors(ValidAnnotation));
    }

    [Fact]
    public void A_url_and_retrieval_date_pass_the_schema_and_the_build()
    {
        var sourced = ValidAnnotation.Replace(
            "  publisher: Example News\n", "  publisher: Example News\n  url: https://www.example.com/2024/01/02/talks?page=1\n  retrieved: 2024-01-03\n",
            StringComparison.Ordinal);
        Assert.NotEqual(ValidAnnotation, sourced);

        Assert.Empty(SchemaFiles.Problems(SchemaFiles.Committed, sourced));
        Assert.Empty(BuildErrors(sourced));
    }

    [Fact]
    public void A_wire_and_a_language_pass_the_schema_and_the_build()
    {
        var relayed = ValidAnnotation.Replace(
            "  publisher: Example News\n", "  publisher: Example News\n  wire: Example Agency\n  language: en\n", StringComparison.Ordinal);
        Assert.NotEqual(ValidAnnotation, relayed);

        Assert.Empty(SchemaFiles.Problems(SchemaFiles.Committed, relayed));
        Assert.Empty(BuildErrors(relayed));
    }

    [Fact]
    public void Draft_marks_pass_the_schema_and_the_build_warns_once_for_each()
    {
        var drafted = ValidAnnotation
            .Replace("    kind: state\n", "    kind: state\n    draft: true\n", StringComparison.Ordinal)
            .Replace("    said-on: 2024-01-02\n", "    said-on: 2024-01-02\n    draft: true\n", StringComparison.Ordinal)
            .Replace("    status: considered\n", "    status: considered\n    draft: false\n", StringComparison.Ordinal);
        Assert.Equal(4, drafted.Split('\n').Count(l => l.TrimStart().StartsWith("draft:", StringComparison.Ordinal)));

        Assert.Empty(SchemaFiles.Problems(SchemaFiles.Committed, drafted));
        Assert.Empty(BuildErrors(drafted));
        Assert.Equal(3, BuildProblems(drafted).Count(p => p.Id == "DS0032"));
    }

    [Fact]
    public void A_proposer_a_forthcoming_status_and_a_standing_position_pass_the_schema_and_the_build()
    {
        var written = ValidAnnotation
            .Replace("    imposer: freedonia\n", "    imposer: freedonia\n    proposer: jane-doe\n", StringComparison.Ordinal)
            .Replace("status: considered", "status: forthcoming", StringComparison.Ordinal)
            .Replace("said-on: 2024-01-02", "said-on: standing", StringComparison.Ordinal);
        Assert.Contains("proposer: jane-doe", written, StringComparison.Ordinal);
        Assert.Contains("status: forthcoming", written, StringComparison.Ordinal);
        Assert.Contains("said-on: standing", written, StringComparison.Ordinal);

        Assert.Empty(SchemaFiles.Problems(SchemaFiles.Committed, written));
        Assert.Empty(BuildProblems(written));
    }

    [Fact]
    public void Restatement_articles_with_members_and_provisions_per_target_pass_the_schema_and_the_build()
    {
        var annotations = RestatementArticles.Files("/p").Where(f => f.Key.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, annotations.Count);
        Assert.Contains(annotations, a => a.Value!.Contains("restates:", StringComparison.Ordinal));
        Assert.Contains(annotations, a => a.Value!.Contains("members:", StringComparison.Ordinal));
        Assert.Contains(annotations, a => a.Value!.Contains("- travel-ban: [iranian-generals]", StringComparison.Ordinal));

        Assert.All(annotations, a => Assert.Empty(SchemaFiles.Problems(SchemaFiles.Committed, a.Value!).Select(p => $"{a.Key} {p}")));
        Assert.DoesNotContain(AnnotationValidator.Validate(RestatementArticles.Files("/p").ToDictionary(f => f.Key, f => f.Value)), p => p.IsError);
    }

    [Theory]
    [InlineData("restates that is not an id", "    evidence: talks with", "    restates: Doe_Said\n    evidence: talks with")]
    [InlineData("members that are not ids", "    kind: state\n", "    kind: group\n    members: [Jane Doe]\n")]
    [InlineData("provision target that is not an id", "provisions: [asset-freeze,", "provisions: [{ asset-freeze: Ruritania Bank },")]
    [InlineData("provision with two entries", "provisions: [asset-freeze,", "provisions: [{ asset-freeze: ruritania, travel-ban: ruritania },")]
    [InlineData("provision with no targets", "provisions: [asset-freeze,", "provisions: [{ asset-freeze: [] },")]
    [InlineData("misspelt provision with targets", "provisions: [asset-freeze,", "provisions: [{ asset-freez: ruritania },")]
    [InlineData("proposer that is not an id", "    imposer: freedonia\n", "    imposer: freedonia\n    proposer: Jane Doe\n")]
    [InlineData("misspelt forthcoming status", "status: considered", "status: forthcomming")]
    [InlineData("misspelt standing said-on", "said-on: 2024-01-02", "said-on: standng")]
    [InlineData("unknown field", "  publisher: Example News", "  publsher: Example News")]
    [InlineData("missing required field", "    name: Jane Doe\n", "")]
    [InlineData("enum value", "act: announce", "act: announces")]
    [InlineData("enum value of kind", "kind: person", "kind: human")]
    [InlineData("kebab-case id", "id: doe-announces-talks", "id: Doe_Announces_Talks")]
    [InlineData("reference that is not an id", "speaker: jane-doe", "speaker: Jane Doe")]
    [InlineData("date", "published: 2024-01-02", "published: 2 January 2024")]
    [InlineData("statement date", "said-on: 2024-01-02", "said-on: last Tuesday")]
    [InlineData("wikidata id", "wikidata: Q42", "wikidata: 42")]
    [InlineData("document url without a scheme", "  publisher: Example News\n", "  publisher: Example News\n  url: www.example.com/talks\n")]
    [InlineData("document url with a space", "  publisher: Example News\n", "  publisher: Example News\n  url: https://www.example.com/talks resume\n")]
    [InlineData("retrieval date", "  publisher: Example News\n", "  publisher: Example News\n  retrieved: yesterday\n")]
    [InlineData("language name for its code", "  publisher: Example News\n", "  publisher: Example News\n  language: English\n")]
    [InlineData("language code in capitals", "  publisher: Example News\n", "  publisher: Example News\n  language: EN\n")]
    [InlineData("blank wire", "  publisher: Example News\n", "  publisher: Example News\n  wire: ' '\n")]
    [InlineData("list expected", "aliases: [Doe]", "aliases: Doe")]
    [InlineData("mapping expected", "roles: [{ title: Minister, of: freedonia }]", "roles: [Minister]")]
    [InlineData("blank evidence", "evidence: talks with Ruritania would resume next week", "evidence: '  '")]
    [InlineData("unknown top-level section", "sanctions:", "sanction:")]
    [InlineData("unannotated passage without a reason", "\n    reason: The date of the talks is part of the statement, not one of its own.", "")]
    [InlineData("provision kind", "provisions: [asset-freeze,", "provisions: [asset-freez,")]
    [InlineData(
        "same-as that is not an id",
        "    evidence: Minister Jane Doe said on Tuesday",
        "    same-as: Other_Sanction\n    evidence: Minister Jane Doe said on Tuesday")]
    [InlineData("sanction start date", "start: 2024-01-02", "start: January")]
    [InlineData("blank reason", "reason: The date of the talks is part of the statement, not one of its own.", "reason: ' '")]
    [InlineData("draft mark in quotes", "    status: considered\n", "    status: considered\n    draft: \"yes\"\n")]
    [InlineData("draft mark that is not a boolean", "    status: considered\n", "    status: considered\n    draft: yes\n")]
    [InlineData("draft mark that is a list", "    kind: person\n", "    kind: person\n    draft: [true]\n")]
    public void Schema_and_build_both_reject_the_same_mistake(string mistake, string from, string to)
    {
        Assert.Contains(from, ValidAnnotation, StringComparison.Ordinal);
        var broken = ValidAnnotation.Replace(from, to, StringComparison.Ordinal);

        Assert.True(SchemaFiles.Problems(SchemaFiles.Committed, broken).Count > 0, $"the schema accepts a wrong {mistake}");
        Assert.True(BuildErrors(broken).Count > 0, $"the build accepts a wrong {mistake}");
    }

    private static List<ValidationProblem> BuildErrors(string annotation) => BuildProblems(annotation).Where(p => p.IsError).ToList();

    private static IReadOnlyList<ValidationProblem> BuildProblems(string annotation)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dataset-schema-tests");
        var files = new Dictionary<string, string?>
        {
            [Path.Combine(folder, "annotation.yaml")] = annotation,
            [Path.Combine(folder, "article.txt")] = Article,
        };
        return AnnotationValidator.Validate(files);
    }
}
