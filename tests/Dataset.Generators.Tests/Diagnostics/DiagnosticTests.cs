using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>
/// One test per diagnostic id, named after it, each asserting id, severity, file, line, column (1-based, as the
/// compiler prints them) and the whole message. <see cref="DiagnosticCoverageTests"/> fails when an id has no test here.
/// Line numbers refer to <see cref="Yaml.Valid"/> as edited by each test.
/// </summary>
public partial class DiagnosticTests
{
    private const string Annotation = "seeds/article.yaml";

    [Fact]
    public void DS0001_yaml_syntax_error_is_located_where_the_parser_stopped()
    {
        var run = Run(Edit("  title: Test article", "   title: Test article"));

        AssertReported(run, "DS0001", DiagnosticSeverity.Error, Annotation, 3, 9,
            "YAML syntax error: While scanning a plain scalar value, found invalid mapping; check the indentation (spaces, not tabs), brackets and quotes here");
    }

    [Fact]
    public void DS0002_unknown_field_suggests_the_nearest_field()
    {
        var run = Run(Edit("publisher: Dawn", "publsher: Dawn"));

        AssertReported(run, "DS0002", DiagnosticSeverity.Error, Annotation, 4, 3,
            "Unknown field 'publsher' in document; did you mean 'publisher'?");
    }

    [Fact]
    public void DS0002_unknown_field_without_a_near_name_lists_the_fields()
    {
        var run = Run(Edit("  publisher: Dawn", "  publisher: Dawn\n  xyzzy: 1"));

        AssertReported(run, "DS0002", DiagnosticSeverity.Error, Annotation, 5, 3,
            "Unknown field 'xyzzy' in document; expected one of: id, title, publisher, published, dateline, text, url, retrieved");
    }

    [Fact]
    public void DS0003_missing_required_field_is_reported_on_its_mapping()
    {
        var run = Run(Edit("  publisher: Dawn\n", string.Empty));

        AssertReported(run, "DS0003", DiagnosticSeverity.Error, Annotation, 2, 3,
            "Required field 'publisher' is missing from document; add it");
    }

    [Fact]
    public void DS0004_wrong_type_names_the_expected_and_the_actual_shape()
    {
        var run = Run(Edit("    name: Lloyd Austin\n", "    name: Lloyd Austin\n    aliases: Austin\n"));

        AssertReported(run, "DS0004", DiagnosticSeverity.Error, Annotation, 10, 14,
            "Field 'aliases' must be a list, but here it is a single value");
    }

    [Fact]
    public void DS0005_invalid_enum_value_lists_the_values_and_suggests_one()
    {
        var run = Run(Edit("act: urge", "act: urges"));

        AssertReported(run, "DS0005", DiagnosticSeverity.Error, Annotation, 27, 10,
            "'urges' is not a valid act; expected one of: urge, demand, confirm, claim, accuse, deny, condemn, support, express-concern, announce, assess, warn, pledge, request, discuss, decline-comment; did you mean 'urge'?");
    }

    [Fact]
    public void DS0006_impossible_date_is_an_error()
    {
        var run = Run(Edit("said-on: 2022-10-21\n    evidence: keep", "said-on: 2022-02-30\n    evidence: keep"));

        AssertReported(run, "DS0006", DiagnosticSeverity.Error, Annotation, 29, 14,
            "'2022-02-30' is not a date: write a day that exists on the calendar as YYYY-MM-DD, for example 2022-10-21");
    }

    [Fact]
    public void DS0007_id_that_cannot_become_a_csharp_name_is_an_error_not_renamed()
    {
        var run = Run(Edit("id: test-article", "id: 2022_Test-article"));

        AssertReported(run, "DS0007", DiagnosticSeverity.Error, Annotation, 2, 7,
            "'2022_Test-article' is not a valid id; use lowercase kebab-case that starts with a letter, for example lloyd-austin");
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0008_duplicate_id_across_files_points_at_the_first_declaration()
    {
        var other = "actors:\n  - id: russia\n    name: Russia again\n    kind: state\n";

        var run = GeneratorHarness.Run([.. Yaml.Files(Yaml.Valid), ("seeds/other.yaml", other)]);

        AssertReported(run, "DS0008", DiagnosticSeverity.Error, "seeds/other.yaml", 2, 9,
            "The actor id 'russia' is already declared at article.yaml(15,9); ids are unique across all annotations, so refer to that one or give this one another id");
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0009_ids_that_collide_after_conversion_are_an_error()
    {
        var run = Run(Edit("  - id: drone-firm\n", "  - id: russia-1\n    name: Russia one\n    kind: state\n  - id: russia1\n    name: Russia two\n    kind: state\n  - id: drone-firm\n"));

        AssertReported(run, "DS0009", DiagnosticSeverity.Error, Annotation, 24, 9,
            "The actor id 'russia1' becomes the C# name 'Russia1', which is also the name of 'russia-1'; choose another id");
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0009_id_whose_name_every_generated_class_already_has_is_an_error()
    {
        var run = Run(Edit("id: russia\n", "id: all\n").Replace("speaker: russia", "speaker: all", StringComparison.Ordinal));

        AssertReported(run, "DS0009", DiagnosticSeverity.Error, Annotation, 15, 9,
            "The actor id 'all' becomes the C# name 'All', which is reserved for a member every generated class has; choose another id");
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0010_unknown_actor_suggests_the_nearest_id()
    {
        var run = Run(Edit("speaker: lloyd-austin", "speaker: loyd-austin"));

        AssertReported(run, "DS0010", DiagnosticSeverity.Error, Annotation, 26, 14,
            "Unknown actor 'loyd-austin'; declare it under actors: here or in the shared registry; did you mean 'lloyd-austin'?");
    }

    [Fact]
    public void DS0011_unknown_statement_suggests_the_nearest_id()
    {
        var run = Run(Edit("    said-on: 2022-10-21\n    evidence: Russia", "    said-on: 2022-10-21\n    responds-to: russia-confirms\n    evidence: Russia"));

        AssertReported(run, "DS0011", DiagnosticSeverity.Error, Annotation, 36, 18,
            "Unknown statement 'russia-confirms'; refer to the id of a declared statement; did you mean 'russia-confirms-call'?");
    }

    [Fact]
    public void DS0012_missing_article_text_names_the_path_looked_for()
    {
        var run = Run(Edit("text: article.txt", "text: missing.txt"));

        AssertReported(run, "DS0012", DiagnosticSeverity.Error, Annotation, 6, 9,
            "The article text 'missing.txt' is not among the AdditionalFiles (looked for /project/seeds/missing.txt); put the .txt file beside the annotation");
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0013_evidence_not_in_the_article_is_an_error()
    {
        var run = Run(Edit("evidence: Britain imposed", "evidence: France imposed"));

        AssertReported(run, "DS0013", DiagnosticSeverity.Error, Annotation, 42, 15,
            "Evidence does not occur in the article text 'article.txt'; copy the passage verbatim from the article");
    }

    [Fact]
    public void DS0014_evidence_that_matches_after_normalising_shows_the_exact_text_to_paste()
    {
        var run = Run(Edit("evidence: keep “lines of communication” open", "evidence: Keep  \"lines of communication\" open"));

        AssertReported(run, "DS0014", DiagnosticSeverity.Error, Annotation, 30, 15,
            "Evidence does not occur verbatim in 'article.txt' but matches after normalising quotes, dashes, white space and case; paste the article's exact text: \"keep “lines of communication” open\"");
    }

    [Theory]
    [InlineData("straight quotes", "said \"no\" to it", "said “no” to it")]
    [InlineData("a hyphen for a dash", "to it - twice", "to it — twice")]
    [InlineData("a straight apostrophe", "It's done", "It’s done")]
    [InlineData("spaces and a line break", "said  “no”\n to it", "said “no” to it")]
    [InlineData("case", "IT’S DONE", "It’s done")]
    public void DS0014_each_normalisation_shows_the_exact_text_to_paste(string what, string typed, string exact)
    {
        const string Article = "He said “no” to it — twice.\nIt’s done.\n";
        var yaml = Edit("evidence: Russia also confirmed the call", "evidence: " + Quote(typed));

        var run = GeneratorHarness.Run(("seeds/article.yaml", yaml), (Yaml.ArticlePath, Article + Yaml.Article));

        var diagnostic = run.Single("DS0014");
        Assert.True(diagnostic.GetMessage(CultureInfo.InvariantCulture).EndsWith("paste the article's exact text: " + Quote(exact), StringComparison.Ordinal), what + ": " + diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DS0015_evidence_that_occurs_more_than_once_asks_for_more_context()
    {
        var run = Run(Edit("evidence: Russia also confirmed the call", "evidence: on"));

        AssertReported(run, "DS0015", DiagnosticSeverity.Error, Annotation, 36, 15,
            "Evidence occurs 5 times in 'article.txt' (at lines 1, 2, 3); extend it with more context so that it occurs once");
    }

    [Fact]
    public void DS0016_malformed_wikidata_id_is_an_error()
    {
        var run = Run(Edit("    name: Russia\n", "    name: Russia\n    wikidata: X159\n"));

        AssertReported(run, "DS0016", DiagnosticSeverity.Error, Annotation, 17, 15,
            "'X159' is not a Wikidata item id; write Q followed by digits, for example Q42");
    }

    [Fact]
    public void DS0017_nesting_beyond_the_limit_is_refused_where_it_starts()
    {
        var run = Run("document: " + new string('[', 70) + new string(']', 70) + "\n");

        // The root mapping is level 1, so the 64th bracket (column 11 + 63) would be level 65.
        AssertReported(run, "DS0017", DiagnosticSeverity.Error, Annotation, 1, 74,
            "YAML nesting deeper than 64 levels is not read; an annotation needs at most four");
    }

    [Fact]
    public void DS0018_statements_in_a_file_without_a_document_are_an_error()
    {
        var run = Run(Edit(Yaml.Document + "\n", string.Empty));

        AssertReported(run, "DS0018", DiagnosticSeverity.Error, Annotation, 1, 1,
            "Statements and sanctions need evidence from an article, but this file has no document: section naming the article text; add one, or move them to the annotation of their article");
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0019_actor_that_nothing_uses_is_a_warning()
    {
        var run = Run(Edit("  - id: drone-firm\n", "  - id: nobody\n    name: Nobody\n    kind: person\n  - id: drone-firm\n"));

        AssertReported(run, "DS0019", DiagnosticSeverity.Warning, Annotation, 21, 9,
            "Actor 'nobody' is declared but no statement, sanction or role refers to it; refer to it or remove it");
        Assert.DoesNotContain(run.Diagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void DS0020_statement_without_a_date_is_a_warning()
    {
        var run = Run(Edit("    said-on: 2022-10-21\n    evidence: Russia", "    evidence: Russia"));

        AssertReported(run, "DS0020", DiagnosticSeverity.Warning, Annotation, 31, 9,
            "Statement 'russia-confirms-call' has no said-on date; add the absolute date the article gives, or write said-on: undated if it gives none");
        Assert.DoesNotContain(run.Diagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void DS0021_yaml_that_is_not_a_mapping_is_not_an_annotation()
    {
        var run = Run("- lloyd-austin\n- russia\n");

        AssertReported(run, "DS0021", DiagnosticSeverity.Error, Annotation, 1, 1,
            "An annotation must be a YAML mapping with document:, actors:, statements: or sanctions:, but this file is a list");
    }

    [Fact]
    public void DS0022_field_given_twice_is_an_error_at_the_second()
    {
        var run = Run(Edit("  publisher: Dawn\n", "  publisher: Dawn\n  title: Again\n"));

        AssertReported(run, "DS0022", DiagnosticSeverity.Error, Annotation, 5, 3,
            "Field 'title' appears more than once in document; keep one");
    }

    [Fact]
    public void DS0023_invalid_namespace_property_falls_back_and_has_no_source_location()
    {
        var run = GeneratorHarness.Run(Yaml.Files(Yaml.Valid), csharp: null, datasetNamespace: "My.1Data");

        var diagnostic = run.Single("DS0023");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal("The DatasetNamespace property 'My.1Data' is not a valid C# namespace; the generated code uses 'TestData' instead", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0031_referenced_shard_in_the_same_namespace_is_reported_and_left_out_of_the_catalog()
    {
        var registry = Shards.Registry.Reference(Shards.Registry.Build(), Shards.ReferenceKind.Assembly);

        var run = Shards.Registry.BuildShard(registry, Yaml.Valid, datasetNamespace: Shards.Registry.Namespace);

        var diagnostic = run.Single("DS0031");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal("The referenced shard 'Registry' generates its records in the namespace 'Registry.Data', as this project does, so their classes would clash; give each shard its own DatasetNamespace", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain("global::Registry.Data.Catalog.Instance })", run.SourceFor("Dataset.Catalog"), StringComparison.Ordinal);
    }

    [Fact]
    public void DS0024_file_the_compiler_cannot_read_is_an_error_at_its_start()
    {
        var run = GeneratorHarness.Run((Annotation, null), (Yaml.ArticlePath, Yaml.Article));

        AssertReported(run, "DS0024", DiagnosticSeverity.Error, Annotation, 1, 1,
            "The file could not be read as text: the compiler could not read it; check that it exists and is saved as UTF-8 text");
    }

    [Fact]
    public void DS0025_sanction_with_an_empty_target_list_is_an_error_not_dropped_silently()
    {
        var run = Run(Edit("targets: [drone-firm]", "targets: []"));

        AssertReported(run, "DS0025", DiagnosticSeverity.Error, Annotation, 40, 14,
            "Field 'targets' of sanction 'uk-sanctions-firm' is an empty list; name at least one actor id");
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0026_statement_dated_after_its_article_is_a_warning_at_the_date()
    {
        var run = Run(Edit("    said-on: 2022-10-21\n    evidence: Russia", "    said-on: 2022-10-29\n    evidence: Russia"));

        AssertReported(run, "DS0026", DiagnosticSeverity.Warning, Annotation, 35, 14,
            "Field 'said-on' of statement 'russia-confirms-call' is 2022-10-29, after the article was published on 2022-10-22; resolve relative dates against the publication date");
        Assert.DoesNotContain(run.Diagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void DS0026_sanction_dated_after_its_article_is_a_warning_too()
    {
        var run = Run(Edit("    status: imposed\n", "    status: imposed\n    date: 2023-01-01\n"));

        AssertReported(run, "DS0026", DiagnosticSeverity.Warning, Annotation, 42, 11,
            "Field 'date' of sanction 'uk-sanctions-firm' is 2023-01-01, after the article was published on 2022-10-22; resolve relative dates against the publication date");
    }

    [Fact]
    public void DS0027_statement_that_answers_itself_is_an_error_at_responds_to()
    {
        var run = Run(Edit("    said-on: 2022-10-21\n    evidence: Russia", "    said-on: 2022-10-21\n    responds-to: russia-confirms-call\n    evidence: Russia"));

        AssertReported(run, "DS0027", DiagnosticSeverity.Error, Annotation, 36, 18,
            "Statement 'russia-confirms-call' names itself in responds-to; give the id of the statement it answers, or remove responds-to");
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0028_quoted_passage_no_evidence_overlaps_is_advice_located_in_the_article()
    {
        var run = RunWithArticle(Yaml.Valid, Yaml.Article + "“We will not back down from this,” the banner read.\n");

        AssertReported(run, "DS0028", DiagnosticSeverity.Info, Yaml.ArticlePath, 4, 1,
            "Quoted passage “We will not back down from this,” is not annotated: no statement or sanction evidence overlaps it; annotate it as a statement or sanction, or list it under unannotated: with a reason");
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void DS0028_sentence_where_an_actor_speaks_without_evidence_is_advice_at_the_sentence()
    {
        var run = RunWithArticle(Yaml.Valid, Yaml.Article + "Talks went on. Lloyd Austin told reporters that talks would go on.\n");

        AssertReported(run, "DS0028", DiagnosticSeverity.Info, Yaml.ArticlePath, 4, 16,
            "Sentence 'Lloyd Austin told reporters that talks would go on.' is not annotated: it reports speech by 'Lloyd Austin' but holds no evidence; annotate it as a statement or sanction, or list it under unannotated: with a reason");
    }

    [Fact]
    public void DS0028_is_silenced_by_an_unannotated_passage_with_its_reason()
    {
        var article = Yaml.Article + "Lloyd Austin told reporters that talks would go on.\n";
        var run = RunWithArticle(Yaml.Valid + "unannotated:\n  - passage: told reporters that talks\n    reason: A remark the article gives no content for.\n", article);

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void DS0029_unannotated_passage_without_a_reason_is_an_error_on_its_entry()
    {
        var run = RunWithArticle(Yaml.Valid + "unannotated:\n  - passage: Lloyd Austin told reporters\n", Yaml.Article + "Lloyd Austin told reporters that talks would go on.\n");

        AssertReported(run, "DS0029", DiagnosticSeverity.Error, Annotation, 44, 5,
            "Field 'reason' is missing from this unannotated passage; a passage is left unannotated only with a reason that says why");
        Assert.Single(run.Diagnostics, d => d.Id == "DS0028");
    }

    [Fact]
    public void DS0029_blank_reason_is_an_error_at_the_reason()
    {
        var run = Run(Yaml.Valid + "unannotated:\n  - passage: Russia also confirmed the call\n    reason: ' '\n");

        AssertReported(run, "DS0029", DiagnosticSeverity.Error, Annotation, 45, 13,
            "Field 'reason' is missing from this unannotated passage; a passage is left unannotated only with a reason that says why");
    }

    [Fact]
    public void DS0030_unannotated_passage_not_in_the_article_is_a_warning_at_the_passage()
    {
        var run = Run(Yaml.Valid + "unannotated:\n  - passage: Russia denied the call\n    reason: Not news.\n");

        AssertReported(run, "DS0030", DiagnosticSeverity.Warning, Annotation, 44, 14,
            "The unannotated passage does not occur in the article text 'article.txt', so it silences nothing; copy it verbatim from the article, with enough words to occur once, or remove the entry");
    }

    [Fact]
    public void DS0030_unannotated_passage_that_occurs_twice_is_a_warning()
    {
        var run = Run(Yaml.Valid + "unannotated:\n  - passage: on\n    reason: Too short to say which.\n");

        AssertReported(run, "DS0030", DiagnosticSeverity.Warning, Annotation, 44, 14,
            "The unannotated passage occurs more than once in the article text 'article.txt', so it silences nothing; copy it verbatim from the article, with enough words to occur once, or remove the entry");
    }

    private static GeneratorRun RunWithArticle(string annotation, string article) =>
        GeneratorHarness.Run([("seeds/article.yaml", annotation), (Yaml.ArticlePath, article)], csharp: null);

    internal static string Edit(string find, string replace)
    {
        Assert.Contains(find, Yaml.Valid, StringComparison.Ordinal);
        return Yaml.Valid.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>A YAML double-quoted scalar: the form DS0014 shows its suggestion in.</summary>
    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static GeneratorRun Run(string annotation) => GeneratorHarness.Run(Yaml.Files(annotation), csharp: null);

    /// <summary>Severity is the descriptor's own: the harness compiles with warnings as errors, as the repository does.</summary>
    internal static void AssertReported(GeneratorRun run, string id, DiagnosticSeverity severity, string path, int line, int column, string message)
    {
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(
            (id, severity, GeneratorHarness.Absolute(path), line, column, message),
            (diagnostic.Id, diagnostic.DefaultSeverity, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.GetMessage(CultureInfo.InvariantCulture)));
    }
}
