using Dataset.Annotations.Drafting;
using Dataset.Annotations.Parsing;
using Dataset.LanguageServer.Features;
using Dataset.LanguageServer.Protocol;
using Dataset.LanguageServer.Tests.Snapshots;
using Dataset.LanguageServer.Workspace;

namespace Dataset.LanguageServer.Tests;

/// <summary>
/// Every feature of `dataset lsp` on a workspace snapshot, in process (the protocol is <see cref="ProtocolTests"/>'):
/// each case marks the cursor (<c>$$</c>) and the ranges it expects (<c>[|…|]</c>) in the files of <see cref="Talks"/>.
/// </summary>
public sealed class FeatureTests
{
    private const string Annotation = Talks.Annotation;

    [Fact]
    public void A_misspelt_speaker_typed_without_saving_is_DS0010_at_its_line_and_is_cleared_when_fixed()
    {
        using var workspace = Talks.With();
        var saved = workspace.Disk();

        workspace.Type(Annotation, Talks.AnnotationText.ReplaceFirst("speaker: russia,", "speaker: {|DS0010:rusia|},"));

        workspace.AssertDiagnostics();
        var diagnostic = Assert.Single(PublishedDiagnostics.Of(workspace.Snapshot, workspace.PathOf(Annotation)));
        Assert.Equal(
            ("DS0010", DiagnosticSeverity.Error, "docs/diagnostics.md#ds0010"),
            (diagnostic.Code, diagnostic.Severity, diagnostic.CodeDescription.Href));
        Assert.Equal("Unknown actor 'rusia'; declare it under actors: here or in the shared registry; did you mean 'russia'?", diagnostic.Message);
        Assert.Equal(["russia"], DiagnosticFixes.Read(diagnostic.Data));

        workspace.Type(Annotation, Talks.AnnotationText);

        workspace.AssertDiagnostics();
        Assert.Empty(PublishedDiagnostics.Of(workspace.Snapshot, workspace.PathOf(Annotation)));
        Assert.Contains(workspace.PathOf(Annotation), workspace.Snapshot.Touched);
        Assert.Equal(saved, workspace.Disk());
    }

    [Fact]
    public void Completion_after_speaker_offers_actor_ids_from_another_file_with_name_and_kind()
    {
        using var workspace = Talks.With((Annotation, "    speaker: lloyd-austin\n", "    speaker: $$\n"));

        var items = CompletionAt(workspace).Items;

        Assert.Equal(["drone-firm", "lloyd-austin", "russia", "united-states"], items.Select(i => i.Label));
        Assert.Equal("Russia · state", items.Single(i => i.Label == "russia").Detail);
        Assert.Equal("Lloyd Austin · person · US Defense Secretary", items.Single(i => i.Label == "lloyd-austin").Detail);
        Assert.All(items, i => Assert.Equal(CompletionKinds.Reference, i.Kind));
    }

    [Fact]
    public void Completion_offers_statement_ids_enum_values_and_field_names()
    {
        using (var acts = Talks.With((Annotation, "    act: urge\n", "    act: $$urge\n")))
        {
            Assert.Equal(AnnotationSchema.SpeechActs, CompletionAt(acts).Items.Select(i => i.Label));
        }

        using (var answers = Talks.With((Annotation, "    act: urge\n", "    responds-to: russia-$$\n    act: urge\n")))
        {
            Assert.Equal(["russia-confirms-call"], CompletionAt(answers).Items.Select(i => i.Label));
        }

        using var fields = Talks.With((Annotation, "    act: urge\n", "    $$\n    act: urge\n"));
        Assert.Equal(AnnotationSchema.Items["statements"].Fields.Select(f => f.Name), CompletionAt(fields).Items.Select(i => i.Label));
    }

    [Fact]
    public void Definition_goes_to_a_declaration_in_another_file_the_article_and_the_evidence()
    {
        AssertDefinition(
            (Talks.Registry, "- { id: lloyd-austin,", "- { id: [|lloyd-austin|],"),
            (Annotation, "speaker: lloyd-austin", "speaker: lloyd-au$$stin"));
        AssertDefinition(
            (Talks.Article, "Lloyd Austin urged", "[||]Lloyd Austin urged"),
            (Annotation, "text: talks.txt", "text: talks$$.txt"));
        AssertDefinition(
            (Talks.Article, "keep lines of communication open", "[|keep lines of communication open|]"),
            (Annotation, "evidence: keep lines", "evidence: keep li$$nes"));
    }

    [Fact]
    public void References_of_an_actor_span_the_registry_and_the_article()
    {
        using var workspace = RussiaMarked(declaration: "[|rus$$sia|]");
        var (path, position) = workspace.Cursor;

        workspace.AssertRanges(Navigation.References(workspace.Snapshot, path, position, includeDeclaration: true));
    }

    [Fact]
    public void Rename_changes_the_declaration_and_every_reference_in_both_files_and_writes_nothing()
    {
        using var workspace = RussiaMarked(speaker: "[|rus$$sia|]");
        var (path, position) = workspace.Cursor;
        var saved = workspace.Disk();

        var (edit, error) = Renaming.Rename(workspace.Snapshot, path, position, "russian-federation");

        Assert.Null(error);
        var edits = edit!.Changes.SelectMany(c => c.Value.Select(e => (Path: WorkspacePaths.ToPath(c.Key)!, Edit: e))).ToList();
        workspace.AssertRanges(edits.Select(e => (e.Path, e.Edit.Range)));
        Assert.All(edits, e => Assert.Equal("russian-federation", e.Edit.NewText));
        Assert.Equal(saved, workspace.Disk());

        var refused = Renaming.Rename(workspace.Snapshot, path, position, "Not An Id");
        Assert.Null(refused.Edit);
        Assert.Equal("'Not An Id' is not a valid id; use lowercase kebab-case that starts with a letter, for example lloyd-austin", refused.Error);
    }

    [Fact]
    public void Hover_shows_an_actors_card_and_where_evidence_was_found()
    {
        AssertHover(
            "**Lloyd Austin** (person)\n\n- US Defense Secretary of `united-states`\n\nactor `lloyd-austin`, declared in actors.yaml:2",
            (Annotation, "speaker: lloyd-austin", "speaker: [|lloyd-$$austin|]"));
        AssertHover(
            // 32 characters of the article either side, as the evidence's prefix and suffix.
            "Found in the article at line 1: …ustin urged Russia on Friday to **keep lines of communication open**.\nRussia also confirmed the call…",
            (Annotation, "evidence: keep lines of communication open", "evidence: [|keep lines of$$ communication open|]"));
    }

    [Fact]
    public void Hover_on_a_sanction_names_its_proposer()
    {
        AssertHover(
            "**Sanction** by `united-states` on `drone-firm` (imposed, proposed by `lloyd-austin`)\n\n> " +
                "The United States imposed sanctions on a drone firm\n\nsanction `us-sanctions-drone-firm`, declared in talks.yaml:15",
            (
                Annotation,
                "id: us-sanctions-drone-firm, imposer: united-states,",
                "id: [|us-sanctions-$$drone-firm|], imposer: united-states, proposer: lloyd-austin,"));
    }

    [Fact]
    public void A_did_you_mean_diagnostic_has_a_fix()
    {
        using var workspace = Talks.With((Annotation, "speaker: russia,", "speaker: {|DS0010:rusia|},"));
        workspace.AssertDiagnostics();
        var path = workspace.PathOf(Annotation);
        var diagnostic = Assert.Single(PublishedDiagnostics.Of(workspace.Snapshot, path));

        var fix = Assert.Single(FixActions.For(workspace.Snapshot, path, [diagnostic]));

        Assert.Equal("Change to 'russia'", fix.Title);
        Assert.Equal(Talks.AnnotationText, TextEdits.Apply(workspace.TextOf(Annotation), fix.Edit.Changes[WorkspacePaths.ToUri(path)]));
    }

    [Fact]
    public void An_uncovered_passage_in_the_article_can_be_annotated_or_left_with_a_reason()
    {
        using var workspace = Talks.With(
            (Talks.Article, "Russia also confirmed the call.\n", "Russia also confirmed the call.\n{|DS0028:{|DS0028:“We will not back down,”|} Lloyd Austin " +
                "said.|}\n"));
        workspace.AssertDiagnostics();
        var (article, annotation) = (workspace.PathOf(Talks.Article), workspace.PathOf(Annotation));
        var quote = workspace.Snapshot.DiagnosticsIn(article).Single(d => d.Message.StartsWith("Quoted passage", StringComparison.Ordinal));

        var actions = CodeActions.ForPassages(workspace.Snapshot, article, Ranges.Of(quote.Location)).ToList();

        // The quote and the sentence around it are two passages the range touches, each with its two actions.
        Assert.Equal(
            ["Annotate as statement", "Leave unannotated (give the reason)", "Annotate as statement", "Leave unannotated (give the reason)"],
            actions.Select(a => a.Title));
        // The entry is the draft every front end makes of the passage: the engine's, as `dataset coverage --draft` prints it.
        var file = workspace.Snapshot.Annotations[annotation];
        var draft = FolderDrafts.Draft(workspace.Snapshot.State, workspace.TextOf(Talks.Article), file.Document?.Published, annotation);
        var inserted = Assert.Single(actions[0].Edit.Changes[WorkspacePaths.ToUri(annotation)]).NewText;
        Assert.Equal(DraftYaml.Statement(Assert.Single(draft.Statements)), inserted);
        Assert.Contains("    draft: true\n", inserted, StringComparison.Ordinal);
        Assert.Equal(
            [
                "unannotated:\n  - passage: \"“We will not back down,”\"\n    reason: \"\"\n",
                "unannotated:\n  - passage: \"“We will not back down,” Lloyd Austin said.\"\n    reason: \"\"\n"],
            new[] { actions[1], actions[3] }.Select(a => Assert.Single(a.Edit.Changes[WorkspacePaths.ToUri(annotation)]).NewText));

        workspace.Type(Annotation, TextEdits.Apply(Talks.AnnotationText, actions[0].Edit.Changes[WorkspacePaths.ToUri(annotation)]));
        Assert.DoesNotContain(workspace.Snapshot.DiagnosticsIn(article), d => d.Id == "DS0028");
    }

    [Fact]
    public void Document_symbols_outline_the_document_actors_statements_and_sanctions()
    {
        using var workspace = Talks.With(
            (Annotation, "id: dawn-talks", "id: [|dawn-talks|]"),
            (Annotation, "id: drone-firm", "id: [|drone-firm|]"),
            (Annotation, "id: austin-urges-russia", "id: [|austin-urges-russia|]"),
            (Annotation, "id: russia-confirms-call", "id: [|russia-confirms-call|]"),
            (Annotation, "id: us-sanctions-drone-firm", "id: [|us-sanctions-drone-firm|]"));
        var path = workspace.PathOf(Annotation);

        var symbols = Symbols.Of(workspace.Snapshot, path);

        Assert.Equal(
            [
                "dawn-talks (Talks on the lines): ", "actors: drone-firm", "statements: austin-urges-russia russia-confirms-call",
                "sanctions: us-sanctions-drone-firm"],
            symbols.Select(s => $"{s.Name}{(s.Detail is null ? string.Empty : $" ({s.Detail})")}: {string.Join(' ', (s.Children ?? []).Select(c => c.Name))}"));
        workspace.AssertRanges(symbols.SelectMany(s => s.Children ?? [s]).Select(s => (path, s.SelectionRange)));
    }

    /// <summary>The folder with russia's declaration and its two references marked, and the cursor in one of them.</summary>
    private static MarkedWorkspace RussiaMarked(string declaration = "[|russia|]", string speaker = "[|russia|]") => Talks.With(
        (Talks.Registry, "- { id: russia,", $"- {{ id: {declaration},"),
        (Annotation, "audience: [russia]", "audience: [[|russia|]]"),
        (Annotation, "speaker: russia,", $"speaker: {speaker},"));

    private static CompletionList CompletionAt(MarkedWorkspace workspace)
    {
        var (path, position) = workspace.Cursor;
        return Completion.At(workspace.Snapshot, workspace.Snapshot.Texts[path]!, position);
    }

    private static void AssertDefinition(params (string File, string Find, string Replace)[] edits)
    {
        using var workspace = Talks.With(edits);
        var (path, position) = workspace.Cursor;

        workspace.AssertRanges([Assert.IsType<Protocol.Location>(Navigation.Definition(workspace.Snapshot, path, position))]);
    }

    private static void AssertHover(string card, params (string File, string Find, string Replace)[] edits)
    {
        using var workspace = Talks.With(edits);
        var (path, position) = workspace.Cursor;

        var hover = Assert.IsType<Hover>(HoverCards.At(workspace.Snapshot, path, position));

        Assert.Equal(card, hover.Contents.Value);
        workspace.AssertRanges([(path, hover.Range!)]);
    }
}
