using Microsoft.CodeAnalysis;

namespace Dataset.Generators.Tests.Diagnostics;

/// <summary>
/// One test per diagnostic id, named after it. Each case writes the YAML it changes with the diagnostics it expects
/// marked where they are reported (<c>speaker: {|DS0010:loyd-austin|}</c>), fails on any diagnostic it does not mark,
/// and states each one's severity and whole message. <see cref="DiagnosticCoverageTests"/> fails when an id has no test here.
/// </summary>
public partial class DiagnosticTests
{
    private const string Annotation = "seeds/article.yaml";

    [Fact]
    public void DS0001_yaml_syntax_error_is_located_where_the_parser_stopped() =>
        Run(Edit("  title: Test article", "   title{|DS0001:|}: Test article")).Says(
            "error: YAML syntax error: While scanning a plain scalar value, found invalid mapping; check the indentation (spaces, not tabs), brackets and " +
                "quotes here");

    [Fact]
    public void DS0001_a_colon_and_a_space_inside_an_unquoted_value_says_to_quote_it() =>
        Run(Edit("    evidence: Russia also confirmed the call", "    evidence: Russia also confirmed{|DS0001:|}: the call")).Says(
            "error: YAML syntax error: While scanning a plain scalar value, found invalid mapping; a value that holds ': ' must be written in " +
                "quotes, or YAML reads a new key from the colon on");

    [Fact]
    public void DS0002_a_value_cut_by_a_comma_in_braces_is_shown_whole_in_quotes() =>
        Run(Edit(
            "roles: [{ title: US Defense Secretary, of: united-states }]",
            "roles: [{ title: US Defense Secretary, {|DS0002:head of the Pentagon|}, of: united-states }]")).Says(
            "error: Unknown field 'head of the Pentagon' in role; a comma inside { … } ends a value: write the value in quotes, " +
                "\"US Defense Secretary, head of the Pentagon\"");

    [Fact]
    public void DS0002_unknown_field_suggests_the_nearest_field() =>
        // The field is not there under its own name, so it is also missing.
        Run(Edit(("publisher: Dawn", "{|DS0002:publsher|}: Dawn"), ("  id: test-article", "  {|DS0003:|}id: test-article"))).Says(
            "error: Required field 'publisher' is missing from document; add it",
            "error: Unknown field 'publsher' in document; did you mean 'publisher'?");

    [Fact]
    public void DS0002_unknown_field_without_a_near_name_lists_the_fields() =>
        Run(Edit("  publisher: Dawn", "  publisher: Dawn\n  {|DS0002:xyzzy|}: 1")).Says(
            "error: Unknown field 'xyzzy' in document; expected one of: id, title, publisher, wire, published, dateline, text, url, retrieved, language");

    [Fact]
    public void DS0003_missing_required_field_is_reported_on_its_mapping() =>
        Run(Edit(("  publisher: Dawn\n", string.Empty), ("  id: test-article", "  {|DS0003:|}id: test-article"))).Says(
            "error: Required field 'publisher' is missing from document; add it");

    [Fact]
    public void DS0004_wrong_type_names_the_expected_and_the_actual_shape() =>
        Run(Edit("    name: Lloyd Austin\n", "    name: Lloyd Austin\n    aliases: {|DS0004:Austin|}\n")).Says(
            "error: Field 'aliases' must be a list, but here it is a single value");

    [Fact]
    public void DS0005_invalid_enum_value_lists_the_values_and_suggests_one() =>
        Run(Edit("act: urge", "act: {|DS0005:urges|}")).Says(
            "error: 'urges' is not a valid act; expected one of: urge, demand, confirm, claim, accuse, deny, condemn, support, express-concern, announce, " +
                "assess, warn, pledge, request, discuss, decline-comment; did you mean 'urge'?");

    [Fact]
    public void DS0006_impossible_date_is_an_error() =>
        Run(Edit("said-on: 2022-10-21\n    evidence: keep", "said-on: {|DS0006:2022-02-30|}\n    evidence: keep")).Says(
            "error: '2022-02-30' is not a date: write a day that exists on the calendar as YYYY-MM-DD, for example 2022-10-21");

    [Fact]
    public void DS0007_id_that_cannot_become_a_csharp_name_is_an_error_not_renamed()
    {
        var run = Run(Edit("id: test-article", "id: {|DS0007:2022_Test-article|}")).Says(
            "error: '2022_Test-article' is not a valid id; use lowercase kebab-case that starts with a letter, for example lloyd-austin");

        Assert.Empty(run.Run.CompilationProblems);
    }

    [Fact]
    public void DS0008_duplicate_id_across_files_points_at_the_first_declaration()
    {
        var other = new MarkedFile("seeds/other.yaml", "actors:\n  - id: {|DS0008:russia|}\n    name: Russia again\n    kind: state\n");

        var run = DiagnosticMarkup.Run(Annotated(Yaml.Valid), Article(Yaml.Article), other).Says(
            "error: The actor id 'russia' is already declared at article.yaml(15,9); ids are unique across all annotations, so refer to that one or give " +
                "this one another id");

        Assert.Empty(run.Run.CompilationProblems);
    }

    [Fact]
    public void DS0009_ids_that_collide_after_conversion_are_an_error()
    {
        var run = Run(
            Edit(
                "  - id: drone-firm\n",
                "  - id: {|DS0019:russia-1|}\n    name: Russia one\n    kind: state\n  - id: {|DS0009:{|DS0019:russia1|}|}\n    name: Russia two\n    kind: " +
                    "state\n  - id: drone-firm\n"))
            .Says(
                "warning: Actor 'russia-1' is declared but no statement, sanction or role refers to it; refer to it or remove it",
                "error: The actor id 'russia1' becomes the C# name 'Russia1', which is also the name of 'russia-1'; choose another id",
                "warning: Actor 'russia1' is declared but no statement, sanction or role refers to it; refer to it or remove it");

        Assert.Empty(run.Run.CompilationProblems);
    }

    [Fact]
    public void DS0009_id_whose_name_every_generated_class_already_has_is_an_error()
    {
        var run = Run(Edit(("id: russia\n", "id: {|DS0009:all|}\n"), ("speaker: russia", "speaker: all"))).Says(
            "error: The actor id 'all' becomes the C# name 'All', which is reserved for a member every generated class has; choose another id");

        Assert.Empty(run.Run.CompilationProblems);
    }

    [Fact]
    public void DS0010_unknown_actor_suggests_the_nearest_id() =>
        Run(Edit(("speaker: lloyd-austin", "speaker: {|DS0010:loyd-austin|}"), ("  - id: lloyd-austin", "  - id: {|DS0019:lloyd-austin|}"))).Says(
            "warning: Actor 'lloyd-austin' is declared but no statement, sanction or role refers to it; refer to it or remove it",
            "error: Unknown actor 'loyd-austin'; declare it under actors: here or in the shared registry; did you mean 'lloyd-austin'?");

    [Fact]
    public void DS0011_unknown_statement_suggests_the_nearest_id() =>
        Run(Edit("    said-on: 2022-10-21\n    evidence: Russia", "    said-on: 2022-10-21\n    responds-to: {|DS0011:russia-confirms|}\n    evidence: Russia"))
            .Says(
                "error: Unknown statement 'russia-confirms'; refer to the id of a declared statement; did you mean 'russia-confirms-call'?");

    [Fact]
    public void DS0012_missing_article_text_names_the_path_looked_for()
    {
        var run = Run(Edit("text: article.txt", "text: {|DS0012:missing.txt|}")).Says(
            "error: The article text 'missing.txt' is not among the AdditionalFiles (looked for /project/seeds/missing.txt); put the .txt file beside the " +
                "annotation");

        Assert.Empty(run.Run.CompilationProblems);
    }

    [Fact]
    public void DS0013_evidence_not_in_the_article_is_an_error() =>
        Run(Edit("evidence: Britain imposed sanctions on a firm", "evidence: {|DS0013:France imposed sanctions on a firm|}")).Says(
            "error: Evidence does not occur in the article text 'article.txt'; copy the passage verbatim from the article");

    [Fact]
    public void DS0014_evidence_that_matches_after_normalising_shows_the_exact_text_to_paste() =>
        // With no evidence located in it, the sentence the statement quoted is advice again.
        DiagnosticMarkup.Run(
            Annotated(Edit("evidence: keep “lines of communication” open", "evidence: {|DS0014:Keep  \"lines of communication\" open|}")),
            Article(
                Yaml.Article.Replace(
                    "WASHINGTON: Lloyd Austin urged Sergei Shoigu on Friday to keep “lines of communication” open.",
                    "{|DS0028:WASHINGTON: Lloyd Austin urged Sergei Shoigu on Friday to keep “lines of communication” open.|}", StringComparison.Ordinal)))
            .Says(
                "info: Sentence 'WASHINGTON: Lloyd Austin urged Sergei Shoigu on Friday to keep “lines of communication” open.' is not annotated: it reports " +
                    "speech by 'Lloyd Austin' but holds no evidence; annotate it as a statement or sanction, or list it under unannotated: with a reason",
                "error: Evidence does not occur verbatim in 'article.txt' but matches after normalising quotes, dashes, white space and case; paste the " +
                    "article's exact text: \"keep “lines of communication” open\"");

    [Theory]
    [InlineData("straight quotes", "said \"no\" to it", "said “no” to it")]
    [InlineData("a hyphen for a dash", "to it - twice", "to it — twice")]
    [InlineData("a straight apostrophe", "It's done", "It’s done")]
    [InlineData("spaces and a line break", "said  “no”\n to it", "said “no” to it")]
    [InlineData("case", "IT’S DONE", "It’s done")]
    public void DS0014_each_normalisation_shows_the_exact_text_to_paste(string what, string typed, string exact)
    {
        const string Opening = "{|DS0028:He said “no” to it — twice.|}\nIt’s done.\n";
        var yaml = Edit("evidence: Russia also confirmed the call", "evidence: {|DS0014:" + Quote(typed) + "|}");

        var run = DiagnosticMarkup.Run(
            Annotated(yaml),
            Article(Opening + Yaml.Article.Replace("Russia also confirmed the call.", "{|DS0028:Russia also confirmed the call.|}", StringComparison.Ordinal)));

        var message = DiagnosticMarkup.Describe(run.Reported.Single(d => d.Id == "DS0014"));
        Assert.True(
            message == "error: Evidence does not occur verbatim in 'article.txt' but matches after normalising quotes, dashes, white space and case; paste " +
                "the article's exact text: "
                + Quote(exact),
            what + ": " + message);
    }

    [Fact]
    public void DS0015_evidence_that_occurs_more_than_once_asks_for_more_context() =>
        DiagnosticMarkup.Run(
            Annotated(Edit("evidence: Russia also confirmed the call", "evidence: {|DS0015:on|}")),
            Article(Yaml.Article.Replace("Russia also confirmed the call.", "{|DS0028:Russia also confirmed the call.|}", StringComparison.Ordinal)))
            .Says(
                "info: Sentence 'Russia also confirmed the call.' is not annotated: it reports speech by 'Russia' but holds no evidence; annotate it as a " +
                    "statement or sanction, or list it under unannotated: with a reason",
                "error: Evidence occurs 5 times in 'article.txt' (at lines 1, 2, 3); extend it with more context so that it occurs once");

    [Fact]
    public void DS0016_malformed_wikidata_id_is_an_error() =>
        Run(Edit("    name: Russia\n", "    name: Russia\n    wikidata: {|DS0016:X159|}\n")).Says(
            "error: 'X159' is not a Wikidata item id; write Q followed by digits, for example Q42");

    [Fact]
    public void DS0017_nesting_beyond_the_limit_is_refused_where_it_starts() =>
        // The root mapping is level 1, so the 64th bracket is level 65.
        Run("document: " + new string('[', 63) + "{|DS0017:|}" + new string('[', 7) + new string(']', 70) + "\n").Says(
            "error: YAML nesting deeper than 64 levels is not read; an annotation needs at most four");

    [Fact]
    public void DS0018_statements_in_a_file_without_a_document_are_an_error()
    {
        var run = Run("{|DS0018:|}" + Edit(Yaml.Document + "\n", string.Empty)).Says(
            "error: Statements and sanctions need evidence from an article, but this file has no document: section naming the article text; add one, or move " +
                "them to the annotation of their article");

        Assert.Empty(run.Run.CompilationProblems);
    }

    [Fact]
    public void DS0019_actor_that_nothing_uses_is_a_warning() =>
        Run(Edit("  - id: drone-firm\n", "  - id: {|DS0019:nobody|}\n    name: Nobody\n    kind: person\n  - id: drone-firm\n")).Says(
            "warning: Actor 'nobody' is declared but no statement, sanction or role refers to it; refer to it or remove it");

    [Fact]
    public void DS0020_statement_without_a_date_is_a_warning() =>
        Run(
            Edit(
                ("id: russia-confirms-call", "id: {|DS0020:russia-confirms-call|}"),
                ("    said-on: 2022-10-21\n    evidence: Russia", "    evidence: Russia")))
            .Says(
                "warning: Statement 'russia-confirms-call' has no said-on date; add the absolute date the article gives, write said-on: undated if it " +
                    "gives none, or said-on: standing for a position held rather than said on a day");

    [Fact]
    public void DS0021_yaml_that_is_not_a_mapping_is_not_an_annotation() =>
        Run("{|DS0021:|}- lloyd-austin\n- russia\n").Says(
            "error: An annotation must be a YAML mapping with document:, actors:, statements: or sanctions:, but this file is a list");

    [Fact]
    public void DS0022_field_given_twice_is_an_error_at_the_second() =>
        Run(Edit("  publisher: Dawn\n", "  publisher: Dawn\n  {|DS0022:title|}: Again\n")).Says(
            "error: Field 'title' appears more than once in document; keep one");

    [Fact]
    public void DS0023_invalid_namespace_property_falls_back_and_has_no_source_location()
    {
        var run = DiagnosticMarkup.Run([Annotated(Yaml.Valid), Article(Yaml.Article)], csharp: null, datasetNamespace: "My.1Data", unlocated: "DS0023").Says(
            "error: The DatasetNamespace property 'My.1Data' is not a valid C# namespace; the generated code uses 'TestData' instead");

        Assert.Equal(Location.None, Assert.Single(run.Reported).Location);
        Assert.Empty(run.Run.CompilationProblems);
    }

    [Fact]
    public void DS0031_referenced_shard_in_the_same_namespace_is_reported_and_left_out_of_the_catalog()
    {
        var registry = Shards.Registry.Reference(Shards.Registry.Build(), Shards.ReferenceKind.Assembly);

        // The registry's ids are still known: the article's actors declared there again are DS0008.
        var annotation = Edit(
            [.. new[] { "united-states", "russia", "united-kingdom", "drone-firm" }.Select(id => ($"  - id: {id}\n", $"  - id: {{|DS0008:{id}|}}\n"))]);

        var run = Shards.Registry.BuildShard(registry, Markup.Parse(annotation).Text, datasetNamespace: Shards.Registry.Namespace);

        var reported = DiagnosticMarkup.AssertExactly(run, [Annotated(annotation), Article(Yaml.Article)], "DS0031").SaysOf("DS0031",
            "error: The referenced shard 'Registry' generates its records in the namespace 'Registry.Data', as this project does, so their classes would " +
                "clash; give each shard its own DatasetNamespace");
        Assert.Equal(Location.None, reported.Reported.Single(d => d.Id == "DS0031").Location);
        Assert.DoesNotContain("global::Registry.Data.Catalog.Instance })", run.SourceFor("Dataset.Catalog"), StringComparison.Ordinal);
    }

    [Fact]
    public void DS0024_file_the_compiler_cannot_read_is_an_error_at_its_start() =>
        DiagnosticMarkup.Run(MarkedFile.Unreadable(Annotation, "{|DS0024:|}"), Article(Yaml.Article)).Says(
            "error: The file could not be read as text: the compiler could not read it; check that it exists and is saved as UTF-8 text");

    [Fact]
    public void DS0025_sanction_with_an_empty_target_list_is_an_error_not_dropped_silently()
    {
        // With no target left, nothing refers to the firm.
        var run = Run(Edit(("targets: [drone-firm]", "targets: {|DS0025:[]|}"), ("  - id: drone-firm", "  - id: {|DS0019:drone-firm|}"))).Says(
            "warning: Actor 'drone-firm' is declared but no statement, sanction or role refers to it; refer to it or remove it",
            "error: Field 'targets' of sanction 'uk-sanctions-firm' is an empty list; name at least one actor id");

        Assert.Empty(run.Run.CompilationProblems);
    }

    [Fact]
    public void DS0026_statement_dated_after_its_article_is_a_warning_at_the_date() =>
        Run(Edit("    said-on: 2022-10-21\n    evidence: Russia", "    said-on: {|DS0026:2022-10-29|}\n    evidence: Russia")).Says(
            "warning: Field 'said-on' of statement 'russia-confirms-call' is 2022-10-29, after the article was published on 2022-10-22; resolve relative " +
                "dates against the publication date");

    [Fact]
    public void DS0026_sanction_dated_after_its_article_is_a_warning_too() =>
        Run(Edit("    status: imposed\n", "    status: imposed\n    date: {|DS0026:2023-01-01|}\n")).Says(
            "warning: Field 'date' of sanction 'uk-sanctions-firm' is 2023-01-01, after the article was published on 2022-10-22; resolve relative dates " +
                "against the publication date");

    [Fact]
    public void DS0027_statement_that_answers_itself_is_an_error_at_responds_to()
    {
        var run = Run(
            Edit(
                "    said-on: 2022-10-21\n    evidence: Russia",
                "    said-on: 2022-10-21\n    responds-to: {|DS0027:russia-confirms-call|}\n    evidence: Russia"))
            .Says(
                "error: Statement 'russia-confirms-call' names itself in responds-to; give the id of the statement it answers, or remove responds-to");

        Assert.Empty(run.Run.CompilationProblems);
    }

    [Fact]
    public void DS0028_quoted_passage_no_evidence_overlaps_is_advice_located_in_the_article()
    {
        var run = DiagnosticMarkup.Run(Annotated(Yaml.Valid), Article(Yaml.Article + "{|DS0028:“We will not back down from this,”|} the banner read.\n")).Says(
            "info: Quoted passage “We will not back down from this,” is not annotated: no statement or sanction evidence overlaps it; annotate it as a " +
                "statement or sanction, or list it under unannotated: with a reason");

        Assert.Empty(run.Run.CompilationProblems);
    }

    [Fact]
    public void DS0028_sentence_where_an_actor_speaks_without_evidence_is_advice_at_the_sentence() =>
        DiagnosticMarkup.Run(Annotated(Yaml.Valid), Article(Yaml.Article + "Talks went on. {|DS0028:Lloyd Austin told reporters that talks would go on.|}\n"))
            .Says(
                "info: Sentence 'Lloyd Austin told reporters that talks would go on.' is not annotated: it reports speech by 'Lloyd Austin' but holds no " +
                    "evidence; annotate it as a statement or sanction, or list it under unannotated: with a reason");

    [Fact]
    public void DS0028_is_silenced_by_an_unannotated_passage_with_its_reason() =>
        DiagnosticMarkup.Run(
            Annotated(Yaml.Valid + "unannotated:\n  - passage: told reporters that talks\n    reason: A remark the article gives no content for.\n"),
            Article(Yaml.Article + "Lloyd Austin told reporters that talks would go on.\n")).Says();

    [Fact]
    public void DS0029_unannotated_passage_without_a_reason_is_an_error_on_its_entry() =>
        DiagnosticMarkup.Run(
            Annotated(Yaml.Valid + "unannotated:\n  - {|DS0029:|}passage: Lloyd Austin told reporters\n"),
            Article(Yaml.Article + "{|DS0028:Lloyd Austin told reporters that talks would go on.|}\n")).Says(
            "info: Sentence 'Lloyd Austin told reporters that talks would go on.' is not annotated: it reports speech by 'Lloyd Austin' but holds no " +
                "evidence; annotate it as a statement or sanction, or list it under unannotated: with a reason",
            "error: Field 'reason' is missing from this unannotated passage; a passage is left unannotated only with a reason that says why");

    [Fact]
    public void DS0029_blank_reason_is_an_error_at_the_reason() =>
        Run(Yaml.Valid + "unannotated:\n  - passage: Russia also confirmed the call\n    reason: {|DS0029:' '|}\n").Says(
            "error: Field 'reason' is missing from this unannotated passage; a passage is left unannotated only with a reason that says why");

    [Fact]
    public void DS0030_unannotated_passage_not_in_the_article_is_a_warning_at_the_passage() =>
        Run(Yaml.Valid + "unannotated:\n  - passage: {|DS0030:Russia denied the call|}\n    reason: Not news.\n").Says(
            "warning: The unannotated passage does not occur in the article text 'article.txt', so it silences nothing; copy it verbatim from the article, " +
                "with enough words to occur once, or remove the entry");

    [Fact]
    public void DS0030_unannotated_passage_that_occurs_twice_is_a_warning() =>
        Run(Yaml.Valid + "unannotated:\n  - passage: {|DS0030:on|}\n    reason: Too short to say which.\n").Says(
            "warning: The unannotated passage occurs more than once in the article text 'article.txt', so it silences nothing; copy it verbatim from the " +
                "article, with enough words to occur once, or remove the entry");

    /// <summary><see cref="Yaml.Valid"/> with one passage replaced; the replacement may carry marks.</summary>
    internal static string Edit(string find, string replace) => Edit((find, replace));

    /// <summary><see cref="Yaml.Valid"/> with each passage replaced in turn (each must be there).</summary>
    internal static string Edit(params (string Find, string Replace)[] edits)
    {
        var yaml = Yaml.Valid;
        foreach (var (find, replace) in edits)
        {
            Assert.Contains(find, yaml, StringComparison.Ordinal);
            var at = yaml.IndexOf(find, StringComparison.Ordinal);
            yaml = yaml[..at] + replace + yaml[(at + find.Length)..];
        }

        return yaml;
    }

    /// <summary>A YAML double-quoted scalar: the form DS0014 shows its suggestion in.</summary>
    private static string Quote(string value) =>
        "\""
            + value.Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("\"", "\\\"", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal)
            + "\"";

    private static MarkedFile Annotated(string markup) => new(Annotation, markup);

    private static MarkedFile Article(string markup) => new(Yaml.ArticlePath, markup);

    /// <summary>The annotation as marked, beside the valid article.</summary>
    private static MarkedRun Run(string annotation) => DiagnosticMarkup.Run(Annotated(annotation), Article(Yaml.Article));
}
